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

/** The stages of the disaster response plans. */
@Path("/api/v1/disaster-response-stages")
@Tag(name = "Disaster response", description = "Disaster response plans (재난안전대책) per hazard: their stages with alert level (위기경보), trigger and staffing, their criteria and measures.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class DisasterResponseStageResource {

    @Inject
    DisasterResponses responses;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List disaster response stages", description = "The stages of each disaster response plan (풍수해: 평시, 보강, 1단계 주의, 2단계 경계, 3단계 심각) with the alert level, the trigger and the staffing printed under each, and the plan they belong to. Source: document 004 (서울특별시 2023 업무보고), section 4 여름철 폭염피해 예방 및 풍수해 수방대책. Default order: plan by plan, in stage order. The plan's criteria and measures are in /api/v1/disaster-response-stages/{id} and /api/v1/disaster-response-plans.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.disaster.ResponseStageRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of stages (JSON) or all of them (CSV; the nested plan and staffing become plan.* and staffing.* columns).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ResponseStageView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, ResponseStageRepository.FILTERS), headers,
                ResponseStageView.class, "disaster-response-stages", responses::stages);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a disaster response stage", description = "One stage by its id, with its plan and the plan's criteria (e.g. the 침수예보 thresholds) and measures. Source: document 004 (서울특별시 2023 업무보고), section 4.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Stage id.", example = "seoul:flood-2023:stage-1")
    @APIResponse(responseCode = "200", description = "The stage.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResponseStageDetailView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> responses.stage(id).orElseThrow(() -> ProblemException.notFound("disaster response stage", id)));
    }
}
