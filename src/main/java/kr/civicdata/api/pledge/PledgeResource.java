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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** Election pledges as a tree: strategy area, pledge, sub-pledge. */
@Path("/api/v1/pledges")
@Tag(name = "Pledges", description = "Election pledges (공약) of the heads of local governments, as a tree: strategy area → pledge → sub-pledge, with the total and the yearly investment the source prints.")
@Produces({"application/json", "text/csv"})
public class PledgeResource {

    @Inject
    PledgeRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List pledges", description = "The pledges (depth 1, code 1-1) and sub-pledges (depth 2, code 1-1-1) of the 민선8기 investment plan of 광주광역시 서구 (source document 001_7fc74de1de420957.txt, 공약사업 연차별 투자계획, unit 백만원), each with its printed row total and its investment in every period (2022-2023, 2024, 2025, 2026). Amounts are as printed; - is a null amount with status NONE and 비예산 a null amount with status NON_BUDGET. The published grand total (총 계) is not a pledge and is not listed. Default order: by code in natural order (1-2 before 1-10). In CSV the nested `investments` list is left out: /api/v1/investments?format=csv has one row per pledge and period.")
    @Parameter(name = "government", in = ParameterIn.QUERY, description = "Id of the government that made the pledges.", example = "gwangju-seo")
    @Parameter(name = "area", in = ParameterIn.QUERY, description = "Strategy area: the leading number of the code, 1 to 5.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"), example = "3")
    @Parameter(name = "parent", in = ParameterIn.QUERY, description = "The pledge whose sub-pledges to list, by code (3-3) or id (gwangju-seo:3-3).", example = "3-3")
    @Parameter(name = "depth", in = ParameterIn.QUERY, description = "1 for pledges, 2 for sub-pledges.", schema = @Schema(type = SchemaType.INTEGER, enumeration = {
            "1", "2"}), example = "1")
    @Parameter(name = "budgetType", in = ParameterIn.QUERY, description = "BUDGET (예산) or NON_BUDGET (비예산).", schema = @Schema(enumeration = {
            "BUDGET", "NON_BUDGET"}), example = "NON_BUDGET")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Case-insensitive substring of the Korean title.", example = "병원동행")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Comma-separated fields of code (natural order), title, total, area, depth; prefix - for descending. Pledges without an amount (비예산) come last either way. The id always breaks ties.", example = "-total")
    @APIResponse(responseCode = "200", description = "One page of pledges (JSON) or all of them (CSV, without the nested investments).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = PledgeView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams params = QueryParams.collection(uri, "government", "area", "parent", "depth", "budgetType", "q");
        String government = params.id("government");
        Integer area = params.integer("area", 1, 5);
        PledgeKey parent = PledgeKey.read(params, "parent");
        Integer depth = params.integer("depth", 1, 2);
        BudgetType budgetType = params.enumValue("budgetType", BudgetType.class);
        String q = params.string("q");
        var sort = params.sort(PledgeRepository.SORTS);
        return representations.collection(params, headers, PledgeView.class, "pledges",
                page -> repository.search(government, area, parent, depth, budgetType, q, sort, page));
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
