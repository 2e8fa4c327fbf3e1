package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/** A pledge as a row of the pledges collection. */
@Schema(name = "Pledge", description = "An election pledge (공약) or sub-pledge (세부 공약) with its printed total and its investment in every period.")
public record PledgeView(
        @Schema(description = "Stable id: {government}:{code}.", examples = "gwangju-seo:3-3") String id,
        @Schema(description = "Id of the government that made the pledge.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "The code as printed: area-pledge (depth 1) or area-pledge-sub (depth 2).", examples = "3-3") String code,
        @Schema(description = "Strategy area: the leading number of the code. The source prints no title for the areas.", examples = "3") int area,
        @Schema(description = "1 for a pledge (1-1), 2 for a sub-pledge (1-1-1).", examples = "1") int depth,
        @Schema(description = "Id of the pledge a sub-pledge belongs to; null for a pledge (depth 1), which has no parent.", nullable = true, examples = "gwangju-seo:3-3") String parentId,
        @Schema(description = "Title as printed, in Korean, with its quote marks; titles wrapped over several lines in the source are rebuilt as one line.", examples = "어르신 맞춤형 특화서비스 제공") String title,
        @Schema(description = "The row total (총계) as printed, in `unit`, with the decimals the source printed. Null when the source printed 비예산 (totalStatus NON_BUDGET) or - (NONE).", nullable = true, examples = "2415.05") BigDecimal total,
        @Schema(description = "Unit of every amount of the pledge, as the source prints it (MILLION_KRW = 백만원).") MoneyUnit unit,
        @Schema(description = "Korean label of the unit.", examples = "백만원") String unitLabel,
        @Schema(description = "The total in won, exact. Null when total is null.", nullable = true, examples = "2415050000") BigDecimal totalKrw,
        @Schema(description = "AMOUNT (a number was printed), NONE (- was printed) or NON_BUDGET (비예산 was printed).") AmountStatus totalStatus,
        @Schema(description = "Korean label of totalStatus.", examples = "금액") String totalStatusLabel,
        @Schema(description = "BUDGET (예산) or NON_BUDGET (비예산: the source prints 비예산 instead of amounts).") BudgetType budgetType,
        @Schema(description = "Korean label of budgetType.", examples = "예산") String budgetTypeLabel,
        @Schema(description = "The investment in every period of the source, in period order (2022-2023, 2024, 2025, 2026). Not in CSV: the /investments CSV has one row per pledge and period.") List<PeriodInvestmentView> investments,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {
}
