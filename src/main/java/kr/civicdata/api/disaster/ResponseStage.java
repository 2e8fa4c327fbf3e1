package kr.civicdata.api.disaster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

/** One stage of a response plan: its alert level, what triggers it and who is on duty. */
@Entity
@Table(name = "response_stage")
public class ResponseStage {

    @Id
    public String id;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "stage_order")
    public int stageOrder;

    @Enumerated(EnumType.STRING)
    public StageCode code;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    public AlertLevel alertLevel;

    /** Computed by the database so that queries can sort by crisis order; read-only. */
    @Formula(AlertLevel.RANK_SQL)
    public int alertLevelRank;

    @Column(name = "alert_level_label")
    public String alertLevelLabel;

    @Column(name = "trigger_text")
    public String triggerText;

    @Column(name = "staffing_text")
    public String staffingText;

    @Column(name = "staffing_role")
    public String staffingRole;

    @Column(name = "staffing_teams")
    public Integer staffingTeams;

    @Column(name = "staffing_persons")
    public Integer staffingPersons;
}
