package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four Korean crisis alert levels (위기경보), declared in rising order: the order is the rank. */
@Schema(name = "AlertLevel", description = "Crisis alert level (위기경보), in rising order: ATTENTION (관심), CAUTION (주의), ALERT (경계), SERIOUS (심각).")
public enum AlertLevel {
    /** 관심. */
    ATTENTION,
    /** 주의. */
    CAUTION,
    /** 경계. */
    ALERT,
    /** 심각. */
    SERIOUS;

    /**
     * The SQL that ranks the {@code alert_level} column in crisis order (1 관심 to 4 심각), so that sorting by the level
     * does not sort its codes alphabetically. Must list the constants in declaration order.
     */
    static final String RANK_SQL = "case alert_level when 'ATTENTION' then 1 when 'CAUTION' then 2"
            + " when 'ALERT' then 3 when 'SERIOUS' then 4 end";

    /** 1 (관심) to 4 (심각). */
    public int rank() {
        return ordinal() + 1;
    }
}
