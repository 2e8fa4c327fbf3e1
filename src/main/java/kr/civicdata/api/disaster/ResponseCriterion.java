package kr.civicdata.api.disaster;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One criterion of a plan (a 침수예보 threshold, a road-control depth, ...), with the line it was printed in. */
@Entity
@Table(name = "response_criterion")
public class ResponseCriterion {

    @Id
    public String id;

    @Column(name = "plan_id")
    public String planId;

    public int ord;

    public String category;

    public String measure;

    @Column(name = "threshold_value")
    public BigDecimal thresholdValue;

    @Column(name = "threshold_unit")
    public String thresholdUnit;

    @Column(name = "condition_text")
    public String conditionText;

    public String text;
}
