package kr.civicdata.api.pledge;

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
import kr.civicdata.api.web.representation.DataVersion;
import kr.civicdata.api.web.representation.Representations;

/** Election pledges as a tree: strategy area, pledge, sub-pledge. */
@Path("/api/v1/pledges")
@Tag(name = "Pledges", description = "Election pledges (공약) of the heads of local governments, as a tree: strategy area → pledge → sub-pledge, with the total and the yearly investment the source prints.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class PledgeResource {

    @Inject
    PledgeRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List pledges", description = "The pledges (depth 1, code 1-1) and sub-pledges (depth 2, code 1-1-1) of the 민선8기 investment plan of 광주광역시 서구 (source document 001_7fc74de1de420957.txt, 공약사업 연차별 투자계획, unit 백만원), each with its printed row total and its investment in every period (2022-2023, 2024, 2025, 2026). Amounts are as printed; - is a null amount with status NONE and 비예산 a null amount with status NON_BUDGET. The published grand total (총 계) is not a pledge and is not listed. Default order: by code in natural order (1-2 before 1-10). In CSV the nested `investments` list is left out: /api/v1/investments?format=csv has one row per pledge and period.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.pledge.PledgeRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of pledges (JSON) or all of them (CSV, without the nested investments).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = PledgeView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, PledgeRepository.FILTERS), headers,
                PledgeView.class, "pledges", DataVersion.Reads.CONFIRMED, repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a pledge", description = "One pledge or sub-pledge of the 광주광역시 서구 민선8기 investment plan (source document 001_7fc74de1de420957.txt, unit 백만원) with its investment in every period, its parent pledge (null for a pledge of depth 1) and its sub-pledges.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Pledge id: {government}:{code}.", example = "gwangju-seo:3-3")
    @APIResponse(responseCode = "200", description = "The pledge.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PledgeDetailView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.detail(id).orElseThrow(() -> ProblemException.notFound("pledge", id)));
    }
}
