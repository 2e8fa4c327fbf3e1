package kr.civicdata.api.execution;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** Budget execution and fiscal-year settlement lines. */
@Path("/api/v1/execution-results")
@Tag(name = "Execution results", description = "Budget execution (예산 집행현황) and fiscal-year expenditure settlement (세출 결산) lines, as printed, and what the settlement report states instead of figures (해당 없음).")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class ExecutionResultResource {

    @Inject
    ExecutionLineRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List execution and settlement lines", description = "The lines of the budget tables of the 2023 work report (업무보고) of a Seoul mayor-support office (004_1750e1bd989d78d3.txt): 예산 집행현황 as of ′23.6.12. (예산액, 집행액 with its printed rate, 잔액, 비고; kind EXECUTION) and the 2022회계연도 세출 결산 (예산현액, 지출원인행위액, 지출액, 다음연도 이월액, 집행잔액, 불용률; kind SETTLEMENT), as trees under their printed total lines; and the statements the report prints instead of figures for the same fiscal year (kind STATEMENT: 세입내역, 예산이용, 전용, 이체, 변경사용, 예비비 지출 and 명시·사고이월 in Ⅳ, and the table of Ⅲ. 2022회계연도 결산검사 시정권고사항, each printed 해당 없음: status NOT_APPLICABLE, no amount, never 0). Amounts as printed (천원) and in won; rates as printed; `-` is null with status NONE, never 0. Default order: the printed order, table by table.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.execution.ExecutionLineRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of lines (JSON) or all of them (CSV, with the columns execution.budget, ..., settlement.carriedOver, ..., statement.status, ...).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ExecutionLineView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, ExecutionLineRepository.FILTERS), headers,
                ExecutionLineView.class, "execution-results", repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an execution or settlement line", description = "One line by its id, with the ids of the lines directly under it.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Line id.", example = "seoul:settlement-2022:2")
    @APIResponse(responseCode = "200", description = "The line.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExecutionLineView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.findView(id).orElseThrow(() -> ProblemException.notFound("execution result", id)));
    }
}
