package kr.civicdata.api.execution;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The printed columns of a budget execution line (예산 집행현황), each amount beside its value in won. */
@Schema(name = "ExecutionAmounts", description = "The columns of a budget execution table (예산 집행현황): 예산액, 집행액 with its printed rate, 잔액 and 비고. Amounts as printed in the line's unit, each with its value in won.")
public record ExecutionAmountsView(
        @Schema(description = "예산액, as printed in the line's unit.", examples = "80000") BigDecimal budget,
        @Schema(description = "예산액 in won.", examples = "80000000") BigDecimal budgetKrw,
        @Schema(description = "집행액, as printed in the line's unit.", examples = "34597") BigDecimal executed,
        @Schema(description = "집행액 in won.", examples = "34597000") BigDecimal executedKrw,
        @Schema(description = "집행률 in percent, as printed in brackets under 집행액 (not recomputed).", examples = "43.2") BigDecimal executionRate,
        @Schema(description = "잔액, as printed in the line's unit.", examples = "45403") BigDecimal remaining,
        @Schema(description = "잔액 in won.", examples = "45403000") BigDecimal remainingKrw,
        @Schema(description = "비고, as printed (wrapped lines joined with a space); null where the source prints none, as on the 계 line.", nullable = true, examples = "주요행사, 시책사업, 투자사업 등의 원활한 추진을 위한 경비") String note) {

    static ExecutionAmountsView of(ExecutionLine line) {
        return new ExecutionAmountsView(line.budgetAmount, line.unit.toKrw(line.budgetAmount), line.executedAmount,
                line.unit.toKrw(line.executedAmount), line.executionRate, line.remainingAmount,
                line.unit.toKrw(line.remainingAmount), line.note);
    }
}
