package kr.civicdata.api.execution;

/** Whether a settlement column holds an amount or the source printed {@code -} (none). */
public enum AmountStatus {
    /** A number was printed. */
    AMOUNT("금액"),
    /** {@code -} was printed: nothing in this column. Never written as 0. */
    NONE("없음");

    private final String label;

    AmountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
