package kr.civicdata.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit of money as the sources print it (단위 : 천원), with the one conversion of a printed amount to won: every
 * {@code ...Krw} field of the API is computed by {@link #toKrw}.
 */
@Schema(name = "MoneyUnit", description = "The unit a source prints its amounts in: KRW (원), THOUSAND_KRW (천원), MILLION_KRW (백만원) or HUNDRED_MILLION_KRW (억원).")
public enum MoneyUnit {
    /** 원: × 1. */
    KRW("원", 0),
    /** 천원: × 1,000. */
    THOUSAND_KRW("천원", 3),
    /** 백만원: × 1,000,000. */
    MILLION_KRW("백만원", 6),
    /** 억원: × 100,000,000. */
    HUNDRED_MILLION_KRW("억원", 8);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    /** The Korean name of the unit, as the sources print it. */
    public String label() {
        return label;
    }

    /**
     * The amount in won, exactly: 2415.05 백만원 is 2415050000. Never rounded: an amount that is not a whole number of
     * won is a data error and fails loudly ({@link ArithmeticException}). Null stays null: a missing amount has no
     * value in won either.
     */
    public BigDecimal toKrw(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(powerOfTen).setScale(0, RoundingMode.UNNECESSARY);
    }

    /**
     * An amount in won as an SQL expression over its amount and unit columns, as {@link #toKrw} computes it: for the
     * range filters on the {@code ...Krw} fields, which compare what the API serves. Null stays null, so a row without
     * an amount never matches a range.
     */
    public static String krwSql(String amount, String unit) {
        return inKrw(amount, unit, constant -> "'" + constant.name() + "'");
    }

    /** {@link #krwSql} in HQL, over an entity's amount and its {@code MoneyUnit} attribute. */
    public static String krwHql(String amount, String unit) {
        return inKrw(amount, unit, constant -> MoneyUnit.class.getName() + "." + constant.name());
    }

    private static String inKrw(String amount, String unit, Function<MoneyUnit, String> literal) {
        StringBuilder expression = new StringBuilder("(").append(amount).append(" * case ").append(unit);
        for (MoneyUnit constant : values()) {
            expression.append(" when ").append(literal.apply(constant)).append(" then ")
                    .append(BigDecimal.ONE.movePointRight(constant.powerOfTen).toPlainString());
        }
        return expression.append(" end)").toString();
    }
}
