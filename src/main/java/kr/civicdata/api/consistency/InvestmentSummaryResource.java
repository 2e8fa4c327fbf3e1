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

/** Totals of the pledges' planned investment, computed from the pledges, beside the printed totals. */
@Path("/api/v1/investments/summary")
@Tag(name = "Investments", description = "Yearly planned investment of the election pledges (연차별 투자계획).")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class InvestmentSummaryResource {

    @Inject
    InvestmentSummaryService service;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "Sum the planned investment", description = """
            The planned investment of the election pledges (001, 광주광역시 서구 민선8기 공약사업 연차별 투자계획, \
            백만원) per period, per strategy area or per government, summed from the top-level pledges only: a \
            pledge's amount already includes its sub-pledges, so these are not added again (the PARENT_SUM checks \
            of /api/v1/consistency verify, cell by cell, that they add up). - and 비예산 add nothing. Each row \
            stands next to the total the document prints (its 총 계 row) where there is one, with the difference; \
            the document prints no total per strategy area. A period spanning two years (2022~2023) is kept whole: \
            fiscalYear=2022 selects it entire. Default order: by government, then period or area.""", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.consistency.InvestmentSummaryService.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of totals (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = InvestmentSummaryView.class)))
    public Response summary(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, InvestmentSummaryService.FILTERS), headers,
                InvestmentSummaryView.class, "investment-summary", service::summary);
    }
}
