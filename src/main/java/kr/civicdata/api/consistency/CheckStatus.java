package kr.civicdata.api.consistency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a published figure equals the figure recomputed from its parts. Declared so that mismatches sort first. */
@Schema(name = "ConsistencyCheckStatus", description = "MISMATCH (the published value differs from the computed one) or MATCH.")
public enum CheckStatus {
    /** The published figure differs from the recomputed one. */
    MISMATCH("불일치"),
    /** The published figure equals the recomputed one (a rate: the recomputed rate rounds to the printed one). */
    MATCH("일치");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
