package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import kr.civicdata.api.money.MoneyUnit;

/**
 * The unit codes the checks carry as text, read as money through {@link MoneyUnit}. The text is a code of
 * {@link MoneyUnit} for amounts, and another code (PERSON, PERCENT, ...) for figures and rates, which are not money.
 */
final class UnitCodes {

    private UnitCodes() {
    }

    /** The amount in won when the code is a money unit; null when it is not (or for a null amount). */
    static BigDecimal toKrw(BigDecimal amount, String code) {
        return money(code).map(unit -> unit.toKrw(amount)).orElse(null);
    }

    private static Optional<MoneyUnit> money(String code) {
        return Arrays.stream(MoneyUnit.values()).filter(unit -> unit.name().equals(code)).findFirst();
    }
}
