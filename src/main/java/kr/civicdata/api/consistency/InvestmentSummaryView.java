package kr.civicdata.api.consistency;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** The investment of a group of pledges, computed from the pledges, beside the total the document prints. */
@Schema(name = "InvestmentSummary", description = "The planned investment of a group of pledges (a period, a strategy area or a whole government), summed from the top-level pledges only (each includes its sub-pledges), next to the total the document prints for it.")
public record InvestmentSummaryView(
        @Schema(description = "Stable readable id of the group: {government}, {government}:{period} or {government}:area-{n}.", examples = "gwangju-seo:2022-2023") String id,
        @Schema(description = "Government whose pledges these are.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "The period, when the row covers exactly one (always with groupBy=period); null when it spans several periods (see fromYear, toYear).", nullable = true, examples = "2022-2023") String period,
        @Schema(description = "First year of the periods summed.", examples = "2022") int fromYear,
        @Schema(description = "Last year of the periods summed.", examples = "2023") int toYear,
        @Schema(description = "Strategy area (the leading number of the pledge codes) with groupBy=area; null otherwise. The document prints no title for the areas.", nullable = true, examples = "3") Integer area,
        @Schema(description = "Sum of the top-level pledges' amounts in the periods, as computed here; - and 비예산 add nothing. Null when no pledge of the group has an amount.", nullable = true, examples = "57421.35") BigDecimal amount,
        @Schema(description = "Unit of amount, publishedTotal and difference.", examples = "MILLION_KRW") String unit,
        @Schema(description = "The unit as printed.", examples = "백만원") String unitLabel,
        @Schema(description = "amount in won, exact; null when amount is null.", nullable = true, examples = "57421350000") BigDecimal amountKrw,
        @Schema(description = "The total the document prints for this group (the 총 계 row: its cell for the period, or its 총계 for all periods). Null for a strategy area, for which the document prints no total, and for a span of periods it prints no single total for.", nullable = true, examples = "57421.4") BigDecimal publishedTotal,
        @Schema(description = "publishedTotal in won, exact; null when publishedTotal is null.", nullable = true, examples = "57421400000") BigDecimal publishedTotalKrw,
        @Schema(description = "Id of the printed total in published_totals.csv; null when there is none.", nullable = true, examples = "gwangju-seo:total:2022-2023") String publishedTotalId,
        @Schema(description = "publishedTotal − amount; null without a printed total. The check behind it is at /api/v1/consistency?kind=GRAND_TOTAL.", nullable = true, examples = "0.05") BigDecimal difference,
        @Schema(description = "difference in won, exact; null when difference is null.", nullable = true, examples = "50000") BigDecimal differenceKrw,
        @Schema(description = "How many pledges the group holds and what they show in its periods.") PledgeCounts pledges,
        @Schema(description = "Where the amounts come from.") ProvenanceView provenance) {

    /** The pledges of a group, by what they show in the group's periods. */
    @Schema(name = "InvestmentSummaryPledgeCounts", description = "Pledges and sub-pledges of the group, each counted once, by what they show in the group's periods: AMOUNT if any period holds a number, else NON_BUDGET if every period is 비예산, else NONE (-).")
    public record PledgeCounts(
            @Schema(description = "Pledges and sub-pledges in the group.", examples = "62") int total,
            @Schema(description = "Top-level pledges, whose amounts are summed (a sub-pledge is already in its pledge's amount).", examples = "21") int topLevel,
            @Schema(description = "Pledges and sub-pledges with an amount.", examples = "58") int amount,
            @Schema(description = "Pledges and sub-pledges printed - (no investment).", examples = "0") int none,
            @Schema(description = "Pledges and sub-pledges printed 비예산 (non-budget).", examples = "4") int nonBudget) {
    }
}
