package kr.civicdata.api.disaster;

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

/** The disaster response plans, each with its stages, criteria and measures. */
@Path("/api/v1/disaster-response-plans")
@Tag(name = "Disaster response")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class DisasterResponsePlanResource {

    @Inject
    DisasterResponses responses;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List disaster response plans", description = "Each government's plan per hazard (여름철 풍수해 수방대책, 여름철 폭염피해 예방): operating period, standby periods (예비), basis, and its stages, criteria (e.g. the 침수예보 thresholds and the 30cm 교통통제 depth) and measures. The 폭염 plan prints no stages; its criteria and measures are here. Source: document 004 (서울특별시 2023 업무보고), section 4 여름철 폭염피해 예방 및 풍수해 수방대책. Default order: by operating period. In CSV the lists (stages, criteria, measures) are omitted: one row per plan.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.disaster.ResponsePlanRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of plans (JSON) or all of them (CSV, without the lists).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ResponsePlanView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, ResponsePlanRepository.FILTERS), headers,
                ResponsePlanView.class, "disaster-response-plans", responses::plans);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a disaster response plan", description = "One plan by its id, with its stages, criteria and measures. Source: document 004 (서울특별시 2023 업무보고), section 4.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Plan id.", example = "seoul:flood-2023")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponsePlanView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> responses.plan(id).orElseThrow(() -> ProblemException.notFound("disaster response plan", id)));
    }
}
