package kr.civicdata.api.execution;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;

/**
 * One printed line of a budget execution table (예산 집행현황) or of an expenditure settlement table (세출 결산), or a
 * statement the settlement report prints instead of figures (해당 없음). An execution line fills the execution
 * columns, a settlement line the settlement columns, a statement its status and text; the others are null.
 */
@Entity
@Table(name = "execution_line")
public class ExecutionLine {

    @Id
    public String id;

    @Column(name = "government_id")
    public String governmentId;

    @Column(name = "dataset_id")
    public String datasetId;

    @Enumerated(EnumType.STRING)
    public ExecutionKind kind;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "parent_id")
    public String parentId;

    public int depth;

    @Column(name = "line_order")
    public int lineOrder;

    @Column(name = "item_name")
    public String itemName;

    @Column(name = "is_total")
    public boolean isTotal;

    @Enumerated(EnumType.STRING)
    public MoneyUnit unit;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "executed_amount")
    public BigDecimal executedAmount;

    @Column(name = "execution_rate")
    public BigDecimal executionRate;

    @Column(name = "remaining_amount")
    public BigDecimal remainingAmount;

    public String note;

    @Column(name = "current_budget_amount")
    public BigDecimal currentBudgetAmount;

    @Column(name = "commitment_amount")
    public BigDecimal commitmentAmount;

    @Column(name = "expenditure_amount")
    public BigDecimal expenditureAmount;

    @Column(name = "carried_over_amount")
    public BigDecimal carriedOverAmount;

    /** AMOUNT or NONE only (the column's CHECK): a settlement prints a number or {@code -}, never 비예산. */
    @Enumerated(EnumType.STRING)
    @Column(name = "carried_over_status")
    public AmountStatus carriedOverStatus;

    @Column(name = "unspent_amount")
    public BigDecimal unspentAmount;

    @Column(name = "unspent_rate")
    public BigDecimal unspentRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "statement_status")
    public StatementStatus statementStatus;

    @Column(name = "statement_text")
    public String statementText;
}
