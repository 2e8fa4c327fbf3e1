package kr.civicdata.api.government;

import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** The local governments the data covers. */
@Path("/api/v1/governments")
@Tag(name = "Governments", description = "The local governments (지방자치단체) the data covers.")
@Produces({"application/json", "text/csv"})
public class GovernmentResource {

    private static final Map<String, String> SORTS = Map.of("id", "id", "name", "name", "adminCode", "adminCode");

    @Inject
    GovernmentRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List governments", description = "The local governments (광역 and 기초) that the data covers, with their standard administrative codes (행정표준코드). Default order: by administrative code.")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "METROPOLITAN (광역) or BASIC (기초).", schema = @Schema(enumeration = {
            "METROPOLITAN", "BASIC"}), example = "BASIC")
    @Parameter(name = "parent", in = ParameterIn.QUERY, description = "Id of the 광역 government the results belong to.", example = "seoul")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Case-insensitive substring of the Korean name.", example = "서구")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Comma-separated fields of id, name, adminCode; prefix - for descending. The id always breaks ties.", example = "name")
    @APIResponse(responseCode = "200", description = "One page of governments (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = GovernmentView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams params = QueryParams.collection(uri, "level", "parent", "q");
        GovernmentLevel level = params.enumValue("level", GovernmentLevel.class);
        String parent = params.id("parent");
        String q = params.string("q");
        var sort = params.sort(SORTS);
        return representations.collection(params, headers, GovernmentView.class, "governments",
                page -> repository.search(level, parent, q, sort, page));
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
