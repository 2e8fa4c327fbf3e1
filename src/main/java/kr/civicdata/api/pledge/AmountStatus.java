package kr.civicdata.api.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an amount cell of the source holds: a number, {@code -} or {@code 비예산}. */
@Schema(name = "PledgeAmountStatus", description = "What an amount cell of the investment plan holds: AMOUNT (a number), NONE (-: no investment) or NON_BUDGET (비예산).")
public enum AmountStatus {
    /** A number was printed. */
    AMOUNT("금액"),
    /** {@code -} was printed: no investment. */
    NONE("없음"),
    /** {@code 비예산} was printed: a non-budget pledge. */
    NON_BUDGET("비예산");

    private final String label;

    AmountStatus(String label) {
        this.label = label;
    }

    /** Korean label. */
    public String label() {
        return label;
    }
}
