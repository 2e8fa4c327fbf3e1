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

/** A printed total that is not a pledge (the 001 {@code 총 계} row): one cell, the row total when period is null. */
@Entity
@Immutable
@Table(name = "published_total")
public class PublishedTotalRow {

    @Id
    public String id;

    @Column(name = "dataset_id")
    public String datasetId;

    @Column(name = "government_id")
    public String governmentId;

    public String label;

    public String period;

    @Column(name = "from_year")
    public Integer fromYear;

    @Column(name = "to_year")
    public Integer toYear;

    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public AmountStatus status;

    public String unit;
}
