package kr.civicdata.api.pledge;

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
import kr.civicdata.api.web.representation.DataVersion;
import kr.civicdata.api.web.representation.Representations;

/** The yearly investment plan of the pledges, one row per pledge and period. */
@Path("/api/v1/investments")
@Tag(name = "Investments", description = "The yearly investment plan of election pledges (연차별 투자계획): one row per pledge and period.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class InvestmentResource {

    @Inject
    InvestmentRepository repository;

    @Inject
    Representations representations;

    @GET
    @Operation(summary = "List investments", description = "One row per pledge and period of the 민선8기 investment plan of 광주광역시 서구 (source document 001_7fc74de1de420957.txt, 공약사업 연차별 투자계획, unit 백만원): the periods are the source's columns 2022~2023 (one period), 2024, 2025 and 2026. Amounts are as printed; - is a null amount with status NONE and 비예산 a null amount with status NON_BUDGET, never 0. The row totals (총계) are at /api/v1/pledges. Default order: by pledge code in natural order, then by period.", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.pledge.InvestmentRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of investments (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = InvestmentView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, InvestmentRepository.FILTERS), headers,
                InvestmentView.class, "investments", DataVersion.Reads.CONFIRMED, repository::search);
    }
}
