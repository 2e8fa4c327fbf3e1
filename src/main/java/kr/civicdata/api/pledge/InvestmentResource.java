package kr.civicdata.api.pledge;

import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** The yearly investment plan of the pledges, one row per pledge and period. */
@Path("/api/v1/investments")
@Tag(name = "Investments", description = "The yearly investment plan of election pledges (연차별 투자계획): one row per pledge and period.")
@Produces({"application/json", "text/csv"})
public class InvestmentResource {

    /** API field to sort expression ({@code i} the investment, {@code p} its pledge), in a stable order. */
    private static final Map<String, String> SORTS = new TreeMap<>(Map.of("pledge", "p.codeSort", "period",
            "i.fromYear", "amount", "i.amount"));

    @Inject
    InvestmentRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List investments", description = "One row per pledge and period of the 민선8기 investment plan of 광주광역시 서구 (source document 001_7fc74de1de420957.txt, 공약사업 연차별 투자계획, unit 백만원): the periods are the source's columns 2022~2023 (one period), 2024, 2025 and 2026. Amounts are as printed; - is a null amount with status NONE and 비예산 a null amount with status NON_BUDGET, never 0. The row totals (총계) are at /api/v1/pledges. Default order: by pledge code in natural order, then by period.")
    @Parameter(name = "government", in = ParameterIn.QUERY, description = "Id of the government that made the pledges.", example = "gwangju-seo")
    @Parameter(name = "pledge", in = ParameterIn.QUERY, description = "One pledge, by code (3-3) or id (gwangju-seo:3-3).", example = "3-3-4")
    @Parameter(name = "area", in = ParameterIn.QUERY, description = "Strategy area of the pledge: the leading number of its code, 1 to 5.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"), example = "3")
    @Parameter(name = "depth", in = ParameterIn.QUERY, description = "Depth of the pledge: 1 for pledges, 2 for sub-pledges.", schema = @Schema(type = SchemaType.INTEGER, enumeration = {
            "1", "2"}), example = "2")
    @Parameter(name = "fiscalYear", in = ParameterIn.QUERY, description = "A year: matches the period that contains it (2023 matches the period 2022-2023).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999"), example = "2023")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "AMOUNT (a number was printed), NONE (- was printed) or NON_BUDGET (비예산 was printed).", schema = @Schema(enumeration = {
            "AMOUNT", "NONE", "NON_BUDGET"}), example = "NONE")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Comma-separated fields of pledge (natural code order), period, amount; prefix - for descending. Rows without an amount come last either way. The id always breaks ties.", example = "-amount")
    @APIResponse(responseCode = "200", description = "One page of investments (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = InvestmentView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams params = QueryParams.collection(uri, "government", "pledge", "area", "depth", "fiscalYear",
                "status");
        String government = params.id("government");
        PledgeKey pledge = PledgeKey.read(params, "pledge");
        Integer area = params.integer("area", 1, 5);
        Integer depth = params.integer("depth", 1, 2);
        Integer fiscalYear = params.integer("fiscalYear", 1, 9999);
        AmountStatus status = params.enumValue("status", AmountStatus.class);
        var sort = params.sort(SORTS);
        return representations.collection(params, headers, InvestmentView.class, "investments",
                page -> repository.search(government, pledge, area, depth, fiscalYear, status, sort, page));
    }
}
