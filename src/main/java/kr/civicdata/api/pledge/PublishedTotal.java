package kr.civicdata.api.pledge;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/**
 * A total the source prints that is not itself a pledge, such as the 총 계 row of the investment plan: one row for
 * the row-total column (period null) and one per period. Kept as printed, never recomputed.
 */
@Entity
@Table(name = "published_total")
public class PublishedTotal {

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

    @Enumerated(EnumType.STRING)
    public MoneyUnit unit;
}
