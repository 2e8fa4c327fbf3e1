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

/** A line of the 004 budget execution (EXECUTION) or settlement (SETTLEMENT) table, as the checks read it. */
@Entity
@Immutable
@Table(name = "execution_line")
public class ExecutionLineRow {

    /** The two tables of execution lines. */
    public enum Kind {
        EXECUTION, SETTLEMENT
    }

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "parent_id")
    public String parentId;

    public int depth;

    @Column(name = "line_order")
    public int lineOrder;

    @Column(name = "item_name")
    public String itemName;

    public String unit;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "executed_amount")
    public BigDecimal executedAmount;

    @Column(name = "execution_rate")
    public BigDecimal executionRate;

    @Column(name = "remaining_amount")
    public BigDecimal remainingAmount;

    @Column(name = "current_budget_amount")
    public BigDecimal currentBudgetAmount;

    @Column(name = "commitment_amount")
    public BigDecimal commitmentAmount;

    @Column(name = "expenditure_amount")
    public BigDecimal expenditureAmount;

    @Column(name = "carried_over_amount")
    public BigDecimal carriedOverAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "carried_over_status")
    public AmountStatus carriedOverStatus;

    @Column(name = "unspent_amount")
    public BigDecimal unspentAmount;

    @Column(name = "unspent_rate")
    public BigDecimal unspentRate;
}
