package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/** The money units the sources print, each with its power of ten in won: the one place amounts become won. */
public enum MoneyUnit {
    KRW("원", 0), THOUSAND_KRW("천원", 3), MILLION_KRW("백만원", 6), HUNDRED_MILLION_KRW("억원", 8);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    public String label() {
        return label;
    }

    /** The money unit of a unit code; empty for a unit that is not money (PERSON, PERCENT, ...). */
    public static Optional<MoneyUnit> of(String code) {
        return Arrays.stream(values()).filter(unit -> unit.name().equals(code)).findFirst();
    }

    /** The amount in won, exact; null for null. Fails on a fraction of a won, which no source prints. */
    public BigDecimal toKrw(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(powerOfTen).setScale(0, RoundingMode.UNNECESSARY);
    }

    /** The amount in won when the unit is money, else null. */
    public static BigDecimal toKrw(BigDecimal amount, String unitCode) {
        return of(unitCode).map(unit -> unit.toKrw(amount)).orElse(null);
    }
}
