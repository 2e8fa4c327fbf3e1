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

/** One period cell of a pledge row of the 001 table (연차별 투자계획). */
@Entity
@Immutable
@Table(name = "investment")
public class InvestmentRow {

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

    public String unit;
}
