package kr.civicdata.api.search;

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

/** One search over the printed text of every resource. */
@Path("/api/v1/search")
@Tag(name = "Search", description = "Where a word appears, in any resource.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class SearchResource {

    @Inject
    SearchRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "Search every resource", description = "The resources whose printed text holds the term q, one hit per resource, best first: governments (name), pledges (title), disaster-response plans (title, basis, criteria, measures), their stages (name, trigger, staffing), execution results (item, note, statement), achievements (title, body, sections), figures (label, qualifier, section) and datasets (title, section, description). A substring of any length in any script: 침수 finds 침수취약가구 and 도로침수, not only the word. Each hit links to its resource.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.search.SearchRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of hits (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = SearchHitView.class)))
    public Response search(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, SearchRepository.FILTERS), headers,
                SearchHitView.class, "search", repository::search);
    }
}
