package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/** One pledge in one period, as a row of the investments collection. */
@Schema(name = "Investment", description = "The investment one pledge plans for one period (연차별 투자계획), with the pledge it belongs to.")
public record InvestmentView(
        @Schema(description = "Stable id: {pledgeId}:{period}.", examples = "gwangju-seo:3-3:2022-2023") String id,
        @Schema(description = "Id of the pledge.", examples = "gwangju-seo:3-3") String pledgeId,
        @Schema(description = "Code of the pledge as printed.", examples = "3-3") String pledgeCode,
        @Schema(description = "Title of the pledge as printed.", examples = "어르신 맞춤형 특화서비스 제공") String pledgeTitle,
        @Schema(description = "Id of the government that made the pledge.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "Strategy area of the pledge (leading number of its code).", examples = "3") int area,
        @Schema(description = "Depth of the pledge: 1 pledge, 2 sub-pledge.", examples = "1") int depth,
        @Schema(description = "The period as one column of the source: 2022-2023 is one period (printed 2022~2023), not two years.", examples = "2022-2023") String period,
        @Schema(description = "First year of the period.", examples = "2022") int fromYear,
        @Schema(description = "Last year of the period.", examples = "2023") int toYear,
        @Schema(description = "The amount as printed, in `unit`, with the decimals the source printed. Null when the source printed - (status NONE) or 비예산 (status NON_BUDGET); never 0 for those.", nullable = true, examples = "873.20") BigDecimal amount,
        @Schema(description = "Unit of the amount as the source prints it (MILLION_KRW = 백만원).") MoneyUnit unit,
        @Schema(description = "Korean label of the unit.", examples = "백만원") String unitLabel,
        @Schema(description = "The amount in won (amount × 1,000,000 for MILLION_KRW), exact. Null when amount is null.", nullable = true, examples = "873200000") BigDecimal amountKrw,
        @Schema(description = "AMOUNT (a number was printed), NONE (- was printed: no investment that period) or NON_BUDGET (비예산 was printed).") AmountStatus status,
        @Schema(description = "Korean label of the status.", examples = "금액") String statusLabel,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {

    /**
     * A row of the search's columns ({@link InvestmentRepository}: {@code i.id, i.pledge_id, p.code, p.title,
     * p.government_id, p.area, p.depth, i.period, i.from_year, i.to_year, i.amount, i.unit, i.status}).
     */
    static InvestmentView read(ResultSet row, ProvenanceView provenance) throws SQLException {
        BigDecimal amount = row.getBigDecimal(11);
        MoneyUnit unit = MoneyUnit.valueOf(row.getString(12));
        AmountStatus status = AmountStatus.valueOf(row.getString(13));
        return new InvestmentView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getInt(6), row.getInt(7), row.getString(8), row.getInt(9), row.getInt(10), amount,
                unit, unit.label(), unit.toKrw(amount), status, status.label(), provenance);
    }
}
