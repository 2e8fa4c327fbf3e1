package kr.civicdata.api.disaster;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government's plan for one hazard in one season: its operating period, standby periods and basis. */
@Entity
@Table(name = "response_plan")
public class ResponsePlan {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    @Enumerated(EnumType.STRING)
    public Hazard hazard;

    @Column(name = "hazard_label")
    public String hazardLabel;

    public String title;

    public String section;

    @Column(name = "operating_from")
    public LocalDate operatingFrom;

    @Column(name = "operating_to")
    public LocalDate operatingTo;

    @Column(name = "operating_text")
    public String operatingText;

    @Column(name = "standby_before_from")
    public LocalDate standbyBeforeFrom;

    @Column(name = "standby_before_to")
    public LocalDate standbyBeforeTo;

    @Column(name = "standby_after_from")
    public LocalDate standbyAfterFrom;

    @Column(name = "standby_after_to")
    public LocalDate standbyAfterTo;

    @Column(name = "basis_text")
    public String basisText;
}
