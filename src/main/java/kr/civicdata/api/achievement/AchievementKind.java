package kr.civicdata.api.achievement;

/**
 * What an achievement row is, with its fixed Korean label ({@code kindLabel}). The word the source prints for an
 * item (a MEETING is printed 간담회 or 현안회의) is kept apart, as {@code printedLabel}.
 */
public enum AchievementKind {
    /** A best-practice case of proactive administration (002). */
    BEST_PRACTICE("적극행정 우수사례"),
    /** A dated step of a case (002). */
    MILESTONE("추진사항"),
    /** An award received. */
    AWARD("수상"),
    /** An event: a work report, an opening, a ceremony (printed 업무보고, 개소식, 개막식 ...). */
    EVENT("행사"),
    /** A policy result reported as achieved (003). */
    POLICY_RESULT("정책성과"),
    /** Something planned, not yet done (printed 사업, 향후계획, 추진계획). */
    PLAN("계획"),
    /** A project of a regional development strategy (003). */
    STRATEGY_PROJECT("권역별 발전전략"),
    /** A programme or one of its steps: inspections, training, calls, selections (printed 공고, 공모, 교육 ...). */
    PROGRAM("사업"),
    /** A field visit. */
    FIELD_VISIT("현장방문"),
    /** A meeting (printed 간담회, 현안회의). */
    MEETING("회의"),
    /** An agreement signed (printed 협약식, 업무협약). */
    AGREEMENT("협약"),
    /** A press briefing or a policy announcement to the press (printed 기자설명회, 정책발표). */
    PRESS_BRIEFING("기자설명회"),
    /** A press conference. */
    PRESS_CONFERENCE("기자간담회"),
    /** The announcement of a set of measures. */
    POLICY_ANNOUNCEMENT("대책 발표");

    private final String label;

    AchievementKind(String label) {
        this.label = label;
    }

    /** The Korean label of the kind: one per kind, whatever word the source prints for an item. */
    public String label() {
        return label;
    }
}
