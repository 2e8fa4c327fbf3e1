package kr.civicdata.api.achievement;

/**
 * What an achievement row is. The Korean label beside it ({@code kindLabel}) is the one the source prints, so one
 * kind can carry several labels (a MEETING is a 간담회 or a 현안회의).
 */
public enum AchievementKind {
    /** 적극행정 우수사례: a best-practice case of proactive administration (002). */
    BEST_PRACTICE,
    /** 추진사항: a dated step of a case (002). */
    MILESTONE,
    /** 수상: an award received. */
    AWARD,
    /** An event: a work report, an opening, a ceremony. */
    EVENT,
    /** 정책성과: a policy result reported as achieved (003). */
    POLICY_RESULT,
    /** 사업, 향후계획, 추진계획: something planned, not yet done. */
    PLAN,
    /** 권역별 발전전략: a project of a regional development strategy (003). */
    STRATEGY_PROJECT,
    /** A programme or one of its steps: inspections, training, calls, selections. */
    PROGRAM,
    /** 현장방문: a field visit. */
    FIELD_VISIT,
    /** 간담회, 현안회의: a meeting. */
    MEETING,
    /** 협약식, 업무협약: an agreement signed. */
    AGREEMENT,
    /** 기자설명회, 정책발표: a press briefing or policy announcement to the press. */
    PRESS_BRIEFING,
    /** 기자간담회: a press conference. */
    PRESS_CONFERENCE,
    /** 대책 발표: the announcement of a set of measures. */
    POLICY_ANNOUNCEMENT
}
