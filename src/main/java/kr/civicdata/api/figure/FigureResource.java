package kr.civicdata.api.figure;

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

/** Other printed figures of the source documents. */
@Path("/api/v1/figures")
@Tag(name = "Figures", description = "Other figures printed in the source documents: staffing (정원/현원), population, budgets, counts, amounts and rates, each with its printed text.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class FigureResource {

    @Inject
    FigureRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List figures", description = "Figures printed in the source documents that no other resource carries: the 인력 현황 table (정원/현원 by job series and grade, ′23.6.12.) and the counts and amounts of the 2023 work report of a Seoul mayor-support office (004_1750e1bd989d78d3.txt), and the population, budget, job and award figures of the 2018 work report of 서울특별시 서대문구 (003_95f37818b2a2e6d1.txt). Each figure has its number as printed (null where `-` is printed), its printed text, its unit and, for money, its value in won. Default order: the printed order, dataset by dataset.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.figure.FigureRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of figures (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = FigureView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, FigureRepository.FILTERS), headers,
                FigureView.class, "figures", repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a figure", description = "One figure by its id.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Figure id.", example = "seoul-seodaemun:budget:2018")
    @APIResponse(responseCode = "200", description = "The figure.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FigureView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.findView(id).orElseThrow(() -> ProblemException.notFound("figure", id)));
    }
}
