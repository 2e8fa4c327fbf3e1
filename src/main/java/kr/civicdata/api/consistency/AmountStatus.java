package kr.civicdata.api.consistency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a printed cell holds: a number, {@code -} (nothing) or {@code 비예산} (a non-budget pledge). */
@Schema(name = "ConsistencyValueStatus", description = "What a printed cell holds: AMOUNT (a number), NONE (the source printed -) or NON_BUDGET (the source printed 비예산).")
public enum AmountStatus {
    /** A number was printed. */
    AMOUNT("금액"),
    /** The source printed {@code -}: nothing in this cell. */
    NONE("없음"),
    /** The source printed {@code 비예산}: a pledge carried out without budget. */
    NON_BUDGET("비예산");

    private final String label;

    AmountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The mark the source prints for a cell without a number. */
    String printed() {
        return this == NON_BUDGET ? "비예산" : "-";
    }
}
