package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/** A pledge's investment in one period, nested in the pledge (whose {@code unit} it shares). */
@Schema(name = "PeriodInvestment", description = "The investment a pledge plans for one period of the source, in the unit of the pledge.")
public record PeriodInvestmentView(
        @Schema(description = "The period as one column of the source: 2022-2023 is one period (the source prints 2022~2023), not two years.", examples = "2022-2023") String period,
        @Schema(description = "First year of the period.", examples = "2022") int fromYear,
        @Schema(description = "Last year of the period.", examples = "2023") int toYear,
        @Schema(description = "The amount as printed, in the pledge's unit, with the decimals the source printed. Null when the source printed - (status NONE) or 비예산 (status NON_BUDGET); never 0 for those.", nullable = true, examples = "873.20") BigDecimal amount,
        @Schema(description = "The amount in won (amount × 1,000,000 for MILLION_KRW), exact. Null when amount is null.", nullable = true, examples = "873200000") BigDecimal amountKrw,
        @Schema(description = "AMOUNT (a number was printed), NONE (- was printed: no investment that period) or NON_BUDGET (비예산 was printed).") AmountStatus status,
        @Schema(description = "Korean label of the status.", examples = "금액") String statusLabel) {

    /**
     * A row of {@code period, from_year, to_year, amount, status, unit} from column 2 on (the search's investments
     * query, {@link PledgeRepository}), in the same form as {@link #of}.
     */
    static PeriodInvestmentView read(ResultSet row) throws SQLException {
        BigDecimal amount = row.getBigDecimal(5);
        AmountStatus status = AmountStatus.valueOf(row.getString(6));
        return new PeriodInvestmentView(row.getString(2), row.getInt(3), row.getInt(4), amount,
                MoneyUnit.valueOf(row.getString(7)).toKrw(amount), status, status.label());
    }

    static PeriodInvestmentView of(Investment investment) {
        return new PeriodInvestmentView(investment.period, investment.fromYear, investment.toYear, investment.amount,
                investment.unit.toKrw(investment.amount), investment.status, investment.status.label());
    }
}
