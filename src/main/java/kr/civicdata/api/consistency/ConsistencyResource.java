package kr.civicdata.api.consistency;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** Published figures beside the same figures recomputed from their parts. */
@Path("/api/v1/consistency")
@Tag(name = "Consistency", description = "Do the numbers add up? Every published total, remainder and rate of the source documents next to the same figure recomputed from the documents' own figures, with every difference listed.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class ConsistencyResource {

    @Inject
    ConsistencyService service;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List consistency checks", description = """
            One row for every published figure of the four source documents that can be recomputed from the \
            documents' own figures, with the published value, the computed value and their difference. \
            001 (광주광역시 서구 연차별 투자계획, 백만원): every row's 총계 against the sum of its periods (ROW_TOTAL), \
            every pledge with sub-pledges against their sum in 총계 and each period (PARENT_SUM), and the printed \
            총 계 against the sum of the top-level pledges (GRAND_TOTAL). 004 (서울특별시 업무보고, 천원): 예산 \
            집행현황 계 against its items, 잔액 = 예산액 − 집행액 and 집행률 on every row; 세출 결산 parents against \
            their children for A to E, E = A − C − D and 불용률 on every row. Figures of the text of 003 and 004 \
            (staffing subtotals, 인구 증가, 예산 증가율, counts and amounts printed with their parts), from the \
            reviewable list data/figure_relations.csv. Amounts must match exactly; a rate matches when the \
            recomputed rate, rounded half-up to the decimals printed, equals the printed one. - and 비예산 add \
            nothing; when no part holds a number the printed cell must show the same mark. Default order: \
            mismatches first, then by id. Counts: /api/v1/consistency/summary.""", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.consistency.ConsistencyService.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of checks (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ConsistencyCheckView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, ConsistencyService.FILTERS), headers,
                ConsistencyCheckView.class, "consistency", service::search);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Count the consistency checks", description = "How many published figures of the source documents could be recomputed from their parts and how many differ: overall, by status, by government, by dataset and by kind, with the ids of the mismatches.")
    @APIResponse(responseCode = "200", description = "The counts.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsistencySummaryView.class)))
    public Response summary(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers, service::summary);
    }
}
