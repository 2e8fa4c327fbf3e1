package kr.civicdata.api.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a printed amount cell holds: a number, {@code -} or {@code 비예산}. A cell without a number has a null amount
 * and one of the other statuses; it is never written as 0.
 */
@Schema(name = "AmountStatus", description = "What a printed amount cell holds: AMOUNT (a number), NONE (the source printed -: nothing) or NON_BUDGET (the source printed 비예산: a pledge carried out without budget).")
public enum AmountStatus {
    /** A number was printed. */
    AMOUNT("금액"),
    /** {@code -} was printed: nothing in this cell. */
    NONE("없음"),
    /** {@code 비예산} was printed: a non-budget pledge. */
    NON_BUDGET("비예산");

    private final String label;

    AmountStatus(String label) {
        this.label = label;
    }

    /** The Korean label. */
    public String label() {
        return label;
    }
}
