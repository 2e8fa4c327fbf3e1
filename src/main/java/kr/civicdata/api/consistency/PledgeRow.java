package kr.civicdata.api.consistency;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import kr.civicdata.api.money.AmountStatus;

/** A row of the 001 investment table as the checks read it: a pledge or sub-pledge and its printed 총계 cell. */
@Entity
@Immutable
@Table(name = "pledge")
public class PledgeRow {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    public String code;

    public int area;

    public int depth;

    @Column(name = "parent_id")
    public String parentId;

    public String title;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "total_status")
    public AmountStatus totalStatus;

    public String unit;

    @Column(name = "source_order")
    public int sourceOrder;
}
