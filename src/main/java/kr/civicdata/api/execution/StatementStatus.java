package kr.civicdata.api.execution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statement line of a settlement report says in place of figures. */
@Schema(name = "StatementStatus", description = "What a statement line says in place of figures: NOT_APPLICABLE where the source prints 해당 없음 (not applicable: the report has nothing of this kind to show; there is no amount, and it is never given as 0).")
public enum StatementStatus {
    /** {@code 해당 없음} was printed: nothing of this kind, so no amount. */
    NOT_APPLICABLE("해당 없음");

    private final String label;

    StatementStatus(String label) {
        this.label = label;
    }

    /** The Korean label. */
    public String label() {
        return label;
    }
}
