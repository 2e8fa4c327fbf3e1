package kr.civicdata.api.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit of money as the sources print it, with the one conversion of a printed amount to won. Figures in money
 * units use it too, so that every {@code ...Krw} field of the API is computed here.
 */
public enum MoneyUnit {
    /** 원. */
    KRW(0, "원"),
    /** 천원: × 1,000. */
    THOUSAND_KRW(3, "천원"),
    /** 백만원: × 1,000,000. */
    MILLION_KRW(6, "백만원"),
    /** 억원: × 100,000,000. */
    HUNDRED_MILLION_KRW(8, "억원");

    private final int powerOfTen;
    private final String label;

    MoneyUnit(int powerOfTen, String label) {
        this.powerOfTen = powerOfTen;
        this.label = label;
    }

    /** The Korean name of the unit, as the sources print it in their unit notes (단위 : 천원). */
    public String label() {
        return label;
    }

    /**
     * The amount in won, exactly: never rounded (an amount that is not a whole number of won is a data error and
     * fails loudly). Null stays null: a missing amount has no value in won either.
     */
    public BigDecimal toKrw(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(powerOfTen).setScale(0, RoundingMode.UNNECESSARY);
    }
}
