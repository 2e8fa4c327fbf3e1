package kr.civicdata.api.execution;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.money.AmountStatus;

/** The printed columns of an expenditure settlement line (세출 결산), each amount beside its value in won. */
@Schema(name = "SettlementAmounts", description = "The columns of an expenditure settlement table (세출 결산): 예산현액 (A), 지출원인행위액 (B), 지출액 (C), 다음연도 이월액 (D), 집행잔액 (E=A-C-D) and 불용률 (E/A). Amounts as printed in the line's unit, each with its value in won.")
public record SettlementAmountsView(
        @Schema(description = "예산현액 (A), as printed in the line's unit.", examples = "358900") BigDecimal currentBudget,
        @Schema(description = "예산현액 (A) in won.", examples = "358900000") BigDecimal currentBudgetKrw,
        @Schema(description = "지출원인행위액 (B), as printed in the line's unit.", examples = "339800") BigDecimal commitment,
        @Schema(description = "지출원인행위액 (B) in won.", examples = "339800000") BigDecimal commitmentKrw,
        @Schema(description = "지출액 (C), as printed in the line's unit.", examples = "339800") BigDecimal expenditure,
        @Schema(description = "지출액 (C) in won.", examples = "339800000") BigDecimal expenditureKrw,
        @Schema(description = "다음연도 이월액 (D), as printed in the line's unit; null where the source prints `-` (carriedOverStatus NONE), never 0. No example: every line of the 2022 settlement prints `-`.", nullable = true) BigDecimal carriedOver,
        @Schema(description = "다음연도 이월액 (D) in won; null where the source prints `-` (no example: every 이월액 of the 2022 settlement is `-`).", nullable = true) BigDecimal carriedOverKrw,
        @Schema(description = "AMOUNT where the source prints a number as 이월액, NONE where it prints `-` (nothing carried over). Only these two values occur here: a settlement never prints 비예산, so never NON_BUDGET.", examples = "NONE") AmountStatus carriedOverStatus,
        @Schema(description = "Korean label of carriedOverStatus.", examples = "없음") String carriedOverStatusLabel,
        @Schema(description = "집행잔액 (E=A-C-D), as printed in the line's unit.", examples = "19100") BigDecimal unspent,
        @Schema(description = "집행잔액 (E) in won.", examples = "19100000") BigDecimal unspentKrw,
        @Schema(description = "불용률 (E/A) in percent, as printed (not recomputed).", examples = "5.3") BigDecimal unspentRate) {

    static SettlementAmountsView of(ExecutionLine line) {
        return new SettlementAmountsView(line.currentBudgetAmount, line.unit.toKrw(line.currentBudgetAmount),
                line.commitmentAmount, line.unit.toKrw(line.commitmentAmount), line.expenditureAmount,
                line.unit.toKrw(line.expenditureAmount), line.carriedOverAmount,
                line.unit.toKrw(line.carriedOverAmount), line.carriedOverStatus,
                line.carriedOverStatus == null ? null : line.carriedOverStatus.label(), line.unspentAmount,
                line.unit.toKrw(line.unspentAmount), line.unspentRate);
    }
}
