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

/** The investment planned for one pledge in one period of the source (2022~2023, 2024, ...). */
@Entity
@Table(name = "investment")
public class Investment {

    @Id
    public String id;

    @Column(name = "pledge_id")
    public String pledgeId;

    public String period;

    @Column(name = "from_year")
    public int fromYear;

    @Column(name = "to_year")
    public int toYear;

    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    public AmountStatus status;

    @Enumerated(EnumType.STRING)
    public MoneyUnit unit;
}
