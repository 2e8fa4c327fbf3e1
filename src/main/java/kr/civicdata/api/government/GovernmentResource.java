package kr.civicdata.api.government;

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

/** The local governments the data covers. */
@Path("/api/v1/governments")
@Tag(name = "Governments", description = "The local governments (지방자치단체) the data covers.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class GovernmentResource {

    @Inject
    GovernmentRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List governments", description = "The local governments (광역 and 기초) that the data covers, with their standard administrative codes (행정표준코드). Default order: by administrative code.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.government.GovernmentRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of governments (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = GovernmentView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, GovernmentRepository.FILTERS), headers,
                GovernmentView.class, "governments", repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a government", description = "One local government by its id.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Government id.", example = "gwangju-seo")
    @APIResponse(responseCode = "200", description = "The government.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = GovernmentView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.findByIdOptional(id).map(GovernmentView::of)
                        .orElseThrow(() -> ProblemException.notFound("government", id)));
    }
}
