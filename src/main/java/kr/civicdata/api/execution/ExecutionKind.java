package kr.civicdata.api.execution;

/**
 * Which table a line comes from: execution during a year, or the settlement of a closed fiscal year; or a statement the
 * settlement report prints in place of a table's figures.
 */
public enum ExecutionKind {
    /** 예산 집행현황: 예산액, 집행액, 집행률, 잔액 as of a date during the year. */
    EXECUTION("집행현황"),
    /** 세출 결산: 예산현액, 지출원인행위액, 지출액, 이월액, 집행잔액, 불용률 of a closed fiscal year. */
    SETTLEMENT("결산"),
    /**
     * A statement printed in place of figures ({@code 명시·사고이월 : 해당 없음}): no amount, a {@link StatementStatus}
     * and the printed text.
     */
    STATEMENT("기재사항");

    private final String label;

    ExecutionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
