package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit a source prints its amounts in, and the one conversion of a printed amount to won. */
@Schema(name = "PledgeMoneyUnit", description = "The unit the investment plan prints its amounts in: THOUSAND_KRW (천원), MILLION_KRW (백만원) or HUNDRED_MILLION_KRW (억원).")
public enum MoneyUnit {
    /** 천원. */
    THOUSAND_KRW("천원", 3),
    /** 백만원. */
    MILLION_KRW("백만원", 6),
    /** 억원. */
    HUNDRED_MILLION_KRW("억원", 8);

    private final String label;
    private final int powerOfTen;

    MoneyUnit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    /** The unit as the source prints it. */
    public String label() {
        return label;
    }

    /**
     * The amount in won, exactly: 2415.05 백만원 is 2415050000. Null stays null (no amount). Fails rather than round
     * if the source printed more decimals than a won can hold.
     */
    public BigDecimal toKrw(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(powerOfTen).setScale(0, RoundingMode.UNNECESSARY);
    }
}
