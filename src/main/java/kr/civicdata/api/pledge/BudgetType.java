package kr.civicdata.api.pledge;

/** Whether a pledge is carried out with a budget (예산) or without one (비예산). */
public enum BudgetType {
    /** 예산 사업. */
    BUDGET("예산"),
    /** 비예산 사업: the source prints 비예산 in every amount column. */
    NON_BUDGET("비예산");

    private final String label;

    BudgetType(String label) {
        this.label = label;
    }

    /** Korean label. */
    public String label() {
        return label;
    }
}
