package kr.civicdata.api.execution;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.MoneyUnit;

/** A line of a budget execution or settlement table as the API sends it. */
@Schema(name = "ExecutionResult", description = "One printed line of a budget execution table (kind EXECUTION) or of a fiscal-year expenditure settlement table (kind SETTLEMENT), or a statement the settlement report prints instead of figures (kind STATEMENT: 명시·사고이월 : 해당 없음). Exactly one of `execution`, `settlement` and `statement` is filled, by kind; in CSV their fields are the columns `execution.budget` ..., `settlement.currentBudget` ... and `statement.status` ...")
public record ExecutionLineView(
        @Schema(description = "Stable readable id.", examples = "seoul:execution-2023:2") String id,
        @Schema(description = "Id of the government (see /api/v1/governments).", examples = "seoul") String governmentId,
        @Schema(description = "EXECUTION (예산 집행현황, as of a date during the year), SETTLEMENT (세출 결산 of a closed fiscal year) or STATEMENT (a statement printed instead of figures, such as 해당 없음).", examples = "EXECUTION") ExecutionKind kind,
        @Schema(description = "Korean label of the kind.", examples = "집행현황") String kindLabel,
        @Schema(description = "The fiscal year (회계연도) of the budget.", examples = "2023") int fiscalYear,
        @Schema(description = "The date the execution figures are as of (기준일); null for a settlement line and a statement, which close the fiscal year and for which the source prints no date.", nullable = true, examples = "2023-06-12") LocalDate asOf,
        @Schema(description = "Id of the line this one is part of; null for the table's total line and for a statement.", nullable = true, examples = "seoul:execution-2023:total") String parentId,
        @Schema(description = "Level in the table's tree: 0 for the total line (계, 합 계) and for a statement, 1 for its parts, 2 for their items.", examples = "1") int depth,
        @Schema(description = "Position of the line in its printed table (for a statement, among the statements of its section), from 1.", examples = "3") int lineOrder,
        @Schema(description = "과목 (item name) as printed; a name wrapped over two lines is joined with no space. For a statement, what it is about, as printed (명시·사고이월, 세입내역).", examples = "시책추진업무추진비") String itemName,
        @Schema(description = "True for the printed total line of the table (계, 합 계).", examples = "false") boolean isTotal,
        @Schema(description = "Unit of the printed amounts; each amount also comes in won (…Krw). For a statement, which prints no amount, the unit of the settlement tables of the same report (천원).", examples = "THOUSAND_KRW") MoneyUnit unit,
        @Schema(description = "Korean label of the unit.", examples = "천원") String unitLabel,
        @Schema(description = "The execution columns; null for a SETTLEMENT line and for a STATEMENT.", nullable = true) ExecutionAmountsView execution,
        @Schema(description = "The settlement columns; null for an EXECUTION line and for a STATEMENT.", nullable = true) SettlementAmountsView settlement,
        @Schema(description = "What a STATEMENT line states (status NOT_APPLICABLE for 해당 없음) and its printed text; null for EXECUTION and SETTLEMENT lines. A statement has no amount: its execution and settlement are null, never 0.", nullable = true) StatementView statement,
        @Schema(description = "Ids of the lines directly under this one, in printed order; empty for a leaf. Not in CSV (use the parent filter).", examples = "[\"seoul:settlement-2022:2-1\", \"seoul:settlement-2022:2-2\"]") List<String> childIds,
        @Schema(description = "Where the line comes from.") ProvenanceView provenance) {

    static ExecutionLineView of(ExecutionLine line, List<String> childIds, ProvenanceView provenance) {
        return new ExecutionLineView(line.id, line.governmentId, line.kind, line.kind.label(), line.fiscalYear,
                line.asOf, line.parentId, line.depth, line.lineOrder, line.itemName, line.isTotal, line.unit,
                line.unit.label(), line.kind == ExecutionKind.EXECUTION ? ExecutionAmountsView.of(line) : null,
                line.kind == ExecutionKind.SETTLEMENT ? SettlementAmountsView.of(line) : null,
                line.kind == ExecutionKind.STATEMENT ? StatementView.of(line) : null, childIds, provenance);
    }
}
