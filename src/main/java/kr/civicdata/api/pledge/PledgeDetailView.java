package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/** One pledge with its place in the tree: its parent and its children. */
@Schema(name = "PledgeDetail", description = "An election pledge with its investment in every period, its parent pledge and its sub-pledges.")
public record PledgeDetailView(
        @Schema(description = "Stable id: {government}:{code}.", examples = "gwangju-seo:3-3") String id,
        @Schema(description = "Id of the government that made the pledge.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "The code as printed.", examples = "3-3") String code,
        @Schema(description = "Strategy area: the leading number of the code. The source prints no title for the areas.", examples = "3") int area,
        @Schema(description = "1 for a pledge (1-1), 2 for a sub-pledge (1-1-1).", examples = "1") int depth,
        @Schema(description = "Title as printed, in Korean, rebuilt as one line.", examples = "어르신 맞춤형 특화서비스 제공") String title,
        @Schema(description = "The row total (총계) as printed, in `unit`. Null when the source printed 비예산 (totalStatus NON_BUDGET) or - (NONE).", nullable = true, examples = "2415.05") BigDecimal total,
        @Schema(description = "Unit of every amount of the pledge (MILLION_KRW = 백만원).") MoneyUnit unit,
        @Schema(description = "Korean label of the unit.", examples = "백만원") String unitLabel,
        @Schema(description = "The total in won, exact. Null when total is null.", nullable = true, examples = "2415050000") BigDecimal totalKrw,
        @Schema(description = "AMOUNT, NONE (- was printed) or NON_BUDGET (비예산 was printed).") AmountStatus totalStatus,
        @Schema(description = "Korean label of totalStatus.", examples = "금액") String totalStatusLabel,
        @Schema(description = "BUDGET (예산) or NON_BUDGET (비예산).") BudgetType budgetType,
        @Schema(description = "Korean label of budgetType.", examples = "예산") String budgetTypeLabel,
        @Schema(description = "The investment in every period of the source, in period order.") List<PeriodInvestmentView> investments,
        @Schema(description = "The pledge this sub-pledge belongs to; null for a pledge (depth 1), which has no parent.", nullable = true) Parent parent,
        @Schema(description = "The sub-pledges of this pledge in code order; empty for a sub-pledge.") List<Child> children,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {

    /** The parent pledge, in short. */
    @Schema(name = "PledgeParent", description = "The pledge a sub-pledge belongs to.")
    public record Parent(
            @Schema(description = "Id of the parent pledge.", examples = "gwangju-seo:3-3") String id,
            @Schema(description = "Code as printed.", examples = "3-3") String code,
            @Schema(description = "Title as printed.", examples = "어르신 맞춤형 특화서비스 제공") String title) {
    }

    /** A sub-pledge, in short, with its printed total. */
    @Schema(name = "PledgeChild", description = "A sub-pledge with its printed total; its yearly investment is at /api/v1/pledges/{id}.")
    public record Child(
            @Schema(description = "Id of the sub-pledge.", examples = "gwangju-seo:3-3-4") String id,
            @Schema(description = "Code as printed.", examples = "3-3-4") String code,
            @Schema(description = "Title as printed.", examples = "건강 약자를 위한‘병원동행’서비스 추진") String title,
            @Schema(description = "The row total as printed, in `unit`; null when the source printed 비예산 or -.", nullable = true, examples = "129.05") BigDecimal total,
            @Schema(description = "Unit of the total.") MoneyUnit unit,
            @Schema(description = "The total in won, exact; null when total is null.", nullable = true, examples = "129050000") BigDecimal totalKrw,
            @Schema(description = "AMOUNT, NONE or NON_BUDGET.") AmountStatus totalStatus,
            @Schema(description = "Korean label of totalStatus.", examples = "금액") String totalStatusLabel) {

        static Child of(Pledge child) {
            return new Child(child.id, child.code, child.title, child.totalAmount, child.unit,
                    child.unit.toKrw(child.totalAmount), child.totalStatus, child.totalStatus.label());
        }
    }

    static PledgeDetailView of(Pledge pledge, List<Investment> investments, Pledge parent, List<Pledge> children,
            ProvenanceView provenance) {
        return new PledgeDetailView(pledge.id, pledge.governmentId, pledge.code, pledge.area, pledge.depth,
                pledge.title, pledge.totalAmount, pledge.unit, pledge.unit.label(),
                pledge.unit.toKrw(pledge.totalAmount),
                pledge.totalStatus, pledge.totalStatus.label(), pledge.budgetType, pledge.budgetType.label(),
                investments.stream().map(PeriodInvestmentView::of).toList(),
                parent == null ? null : new Parent(parent.id, parent.code, parent.title),
                children.stream().map(Child::of).toList(), provenance);
    }
}
