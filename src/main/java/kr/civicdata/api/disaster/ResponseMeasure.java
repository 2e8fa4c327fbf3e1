package kr.civicdata.api.disaster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One printed line of what a plan does (주요내용, 중점 추진사항, 향후계획, ...). */
@Entity
@Table(name = "response_measure")
public class ResponseMeasure {

    @Id
    public String id;

    @Column(name = "plan_id")
    public String planId;

    public int ord;

    public String heading;

    public String text;
}
