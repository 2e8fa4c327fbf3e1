package kr.civicdata.api.consistency;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.money.AmountStatus;

/** One printed value a check recomputes from. */
@Schema(name = "ConsistencyCheckPart", description = "One printed value the computed value is made of, in the order of the formula.")
public record CheckPartView(
        @Schema(description = "Id of the row holding the value (in the table given by the check's where.table, or in investment for a period cell).", examples = "gwangju-seo:1-1:2022-2023") String rowId,
        @Schema(description = "Column of that row holding the value, as in the bundled CSV file.", examples = "amount") String column,
        @Schema(description = "What the value is, with the labels as printed: a period, a pledge code and title, a column heading.", examples = "2022~2023") String label,
        @Schema(description = "The value as printed; null where the source printed - or 비예산 (see status).", nullable = true, examples = "565") BigDecimal value,
        @Schema(description = "AMOUNT (a number was printed), NONE (the source printed -) or NON_BUDGET (the source printed 비예산).", examples = "AMOUNT") AmountStatus status,
        @Schema(description = "Korean label of status.", examples = "금액") String statusLabel) {

    static CheckPartView of(String rowId, String column, String label, BigDecimal value, AmountStatus status) {
        AmountStatus known = status != null ? status : value == null ? AmountStatus.NONE : AmountStatus.AMOUNT;
        return new CheckPartView(rowId, column, label, value, known, known.label());
    }
}
