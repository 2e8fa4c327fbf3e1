package kr.civicdata.api.execution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statement line (kind STATEMENT) states, as a code and as printed. */
@Schema(name = "ExecutionStatement", description = "What a line printed as a statement instead of figures says (세입내역 : 해당 없음, 명시·사고이월 : 해당 없음): its status as a code with its Korean label, and the statement as printed. Such a line has no amount: its `execution` and `settlement` are null, never 0.")
public record StatementView(
        @Schema(description = "NOT_APPLICABLE where the source prints 해당 없음 (not applicable) for the item: the report has nothing of this kind to show for the fiscal year (for 명시·사고이월: no carry-over of these kinds).", examples = "NOT_APPLICABLE") StatementStatus status,
        @Schema(description = "Korean label of status.", examples = "해당 없음") String statusLabel,
        @Schema(description = "The statement exactly as printed, spacing kept (the 결산검사 시정권고사항 table prints `< 해 당 없 음 >`).", examples = "해당 없음") String text) {

    static StatementView of(ExecutionLine line) {
        return new StatementView(line.statementStatus, line.statementStatus.label(), line.statementText);
    }
}
