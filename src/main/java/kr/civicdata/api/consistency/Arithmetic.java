package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import kr.civicdata.api.money.AmountStatus;

/**
 * The arithmetic of the checks, in exact decimals (never double), and how a computation is written for a reader.
 *
 * <p>
 * A cell printed {@code -} or {@code 비예산} holds no amount and adds nothing to a sum. When no part of a sum holds an
 * amount there is nothing to add: the sum is then itself a mark, {@code 비예산} when every part is {@code 비예산} (a
 * non-budget pledge stays non-budget in every column) and {@code -} otherwise, and the check compares the printed
 * mark with it. A printed number against parts that hold none (even a printed 0) is a mismatch, and so is a printed
 * mark against parts that hold numbers: the document then says two different things.
 */
final class Arithmetic {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The result of a computation: a number (status AMOUNT), or no number and the mark the parts add up to. */
    record Computed(BigDecimal value, AmountStatus status) {

        static Computed amount(BigDecimal value) {
            return new Computed(value, AmountStatus.AMOUNT);
        }
    }

    private Arithmetic() {
    }

    /** The sum of the parts that hold an amount; see the class comment for parts that hold none. */
    static Computed sum(List<CheckPartView> parts) {
        BigDecimal total = null;
        boolean allNonBudget = !parts.isEmpty();
        for (CheckPartView part : parts) {
            if (part.value() != null) {
                total = total == null ? part.value() : total.add(part.value());
            }
            allNonBudget &= part.status() == AmountStatus.NON_BUDGET;
        }
        if (total != null) {
            return Computed.amount(total);
        }
        return new Computed(null, allNonBudget ? AmountStatus.NON_BUDGET : AmountStatus.NONE);
    }

    /** MATCH when both are numbers and equal in value (2415.05 = 2415.050), or both are the same mark. */
    static CheckStatus compare(BigDecimal published, AmountStatus publishedStatus, Computed computed) {
        if (published != null && computed.value() != null) {
            return published.compareTo(computed.value()) == 0 ? CheckStatus.MATCH : CheckStatus.MISMATCH;
        }
        return published == null && computed.value() == null && publishedStatus == computed.status()
                ? CheckStatus.MATCH
                : CheckStatus.MISMATCH;
    }

    /** published − computed; exactly 0 when equal; null when either is not a number. */
    static BigDecimal difference(BigDecimal published, BigDecimal computed) {
        if (published == null || computed == null) {
            return null;
        }
        BigDecimal difference = published.subtract(computed);
        return difference.signum() == 0 ? BigDecimal.ZERO : difference;
    }

    /** numerator ÷ denominator × 100, rounded half-up to the given decimals. */
    static BigDecimal rate(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return numerator.multiply(HUNDRED).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** The rate before rounding, for the formula: exact up to eight decimals, else to five followed by "…". */
    static String unroundedRate(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal scaled = numerator.multiply(HUNDRED);
        try {
            BigDecimal exact = scaled.divide(denominator);
            if (exact.scale() <= 8) {
                return number(exact.stripTrailingZeros());
            }
        } catch (ArithmeticException e) {
            // a non-terminating quotient: written rounded below
        }
        return number(scaled.divide(denominator, 5, RoundingMode.HALF_UP)) + "…";
    }

    /** A number as the documents print it: thousands grouped with commas, the decimals kept (2,415.05). */
    static String number(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String integer = point < 0 ? unsigned : unsigned.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return (negative ? "−" : "") + grouped + (point < 0 ? "" : unsigned.substring(point));
    }

    /** A printed cell: its number, or the mark the source printed. */
    static String cell(BigDecimal value, AmountStatus status) {
        return value != null ? number(value) : mark(status);
    }

    /** The mark the source prints in a cell without a number: {@code 비예산}, else {@code -}. */
    static String mark(AmountStatus status) {
        return status == AmountStatus.NON_BUDGET ? "비예산" : "-";
    }

    /** A part as written in a formula. */
    static String cell(CheckPartView part) {
        return cell(part.value(), part.status());
    }

    /** "a + b + c = total", with - and 비예산 written where printed. */
    static String sumFormula(List<CheckPartView> parts, Computed computed) {
        return parts.stream().map(Arithmetic::cell).collect(Collectors.joining(" + ")) + " = "
                + cell(computed.value(), computed.status());
    }

    /** Whether any part is a mark rather than a number. */
    static boolean anyMark(List<CheckPartView> parts) {
        return parts.stream().anyMatch(part -> part.value() == null);
    }
}
