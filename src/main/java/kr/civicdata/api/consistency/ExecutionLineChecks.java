package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.execution.ExecutionKind;
import kr.civicdata.api.execution.ExecutionLine;
import kr.civicdata.api.execution.ExecutionLineRepository;
import kr.civicdata.api.money.AmountStatus;

/**
 * The checks of the 004 budget tables, computed from the tables themselves. 예산 집행현황 (EXECUTION): 계 against its
 * items for 예산액, 집행액 and 잔액; 잔액 = 예산액 − 집행액 and 집행률 = 집행액 ÷ 예산액 × 100 on every row. 세출 결산
 * (SETTLEMENT): every parent against its children for A to E; E = A − C − D and 불용률 = E ÷ A × 100 on every row. A
 * statement (STATEMENT, 해당 없음) prints no figure, so there is nothing to recompute.
 */
@ApplicationScoped
class ExecutionLineChecks {

    private static final String PERCENT = "PERCENT";

    @Inject
    ExecutionLineRepository lines;

    /** A printed amount column: its CSV name, the slug used in check ids, its heading as printed and its cell. */
    private record AmountColumn(String name, String slug, String label, Function<ExecutionLine, BigDecimal> value,
            Function<ExecutionLine, AmountStatus> status) {

        AmountColumn(String name, String label, Function<ExecutionLine, BigDecimal> value) {
            this(name, name.replace('_', '-'), label, value, null);
        }

        CheckPartView cell(ExecutionLine line) {
            return cell(line, label);
        }

        /** The cell of a line, labelled for a formula (a column heading, or the item name of a child line). */
        CheckPartView cell(ExecutionLine line, String partLabel) {
            return CheckPartView.of(line.id, name, partLabel, value.apply(line),
                    status == null ? null : status.apply(line));
        }
    }

    private static final AmountColumn BUDGET = new AmountColumn("budget_amount", "예산액", line -> line.budgetAmount);
    private static final AmountColumn EXECUTED = new AmountColumn("executed_amount", "집행액",
            line -> line.executedAmount);
    private static final AmountColumn REMAINING = new AmountColumn("remaining_amount", "잔액",
            line -> line.remainingAmount);
    private static final AmountColumn CURRENT_BUDGET = new AmountColumn("current_budget_amount", "예산현액(A)",
            line -> line.currentBudgetAmount);
    private static final AmountColumn COMMITMENT = new AmountColumn("commitment_amount", "지출원인행위액(B)",
            line -> line.commitmentAmount);
    private static final AmountColumn EXPENDITURE = new AmountColumn("expenditure_amount", "지출액(C)",
            line -> line.expenditureAmount);
    private static final AmountColumn CARRIED_OVER = new AmountColumn("carried_over_amount",
            "carried-over-amount", "다음연도 이월액(D)", line -> line.carriedOverAmount,
            line -> line.carriedOverStatus);
    private static final AmountColumn UNSPENT = new AmountColumn("unspent_amount", "집행잔액(E)",
            line -> line.unspentAmount);

    private static final Map<ExecutionKind, List<AmountColumn>> AMOUNT_COLUMNS = Map.of(
            ExecutionKind.EXECUTION, List.of(BUDGET, EXECUTED, REMAINING),
            ExecutionKind.SETTLEMENT, List.of(CURRENT_BUDGET, COMMITMENT, EXPENDITURE, CARRIED_OVER, UNSPENT));

    List<CheckBuilder> checks(String government, String dataset) {
        List<ExecutionLine> all = lines.inTables(government, dataset);
        Map<String, List<ExecutionLine>> childrenByParent = all.stream().filter(line -> line.parentId != null)
                .collect(Collectors.groupingBy(line -> line.parentId));
        List<CheckBuilder> checks = new ArrayList<>();
        for (ExecutionLine line : all) {
            List<ExecutionLine> children = childrenByParent.getOrDefault(line.id, List.of());
            if (!children.isEmpty()) {
                AMOUNT_COLUMNS.get(line.kind).forEach(column -> parentSum(line, children, column, checks));
            }
            if (line.kind == ExecutionKind.EXECUTION) {
                remainder(line, REMAINING, List.of(BUDGET, EXECUTED), "budget-minus-executed", checks);
                rate(line, "execution_rate", "집행률", line.executionRate, EXECUTED, BUDGET, "executed-over-budget",
                        checks);
            } else if (line.kind == ExecutionKind.SETTLEMENT) {
                remainder(line, UNSPENT, List.of(CURRENT_BUDGET, EXPENDITURE, CARRIED_OVER), "a-minus-c-minus-d",
                        checks);
                rate(line, "unspent_rate", "불용률(E/A)", line.unspentRate, UNSPENT, CURRENT_BUDGET, "e-over-a",
                        checks);
            }
        }
        return checks;
    }

    private static CheckBuilder check(ExecutionLine line, String column, String slug, String label, String check,
            CheckKind kind) {
        return CheckBuilder.check(line.id + ":" + slug + ":" + check, kind)
                .source(line.governmentId, line.datasetId)
                .where("execution_line", line.id, line.itemName, column, label);
    }

    private static void parentSum(ExecutionLine parent, List<ExecutionLine> children, AmountColumn column,
            List<CheckBuilder> checks) {
        CheckPartView printed = column.cell(parent);
        List<CheckPartView> parts = children.stream().map(child -> column.cell(child, child.itemName)).toList();
        Arithmetic.Computed sum = Arithmetic.sum(parts);
        String names = children.stream().map(child -> child.itemName).collect(Collectors.joining(", "));
        checks.add(check(parent, column.name(), column.slug(), column.label(), "sum-of-children", CheckKind.PARENT_SUM)
                .unit(parent.unit.name(), parent.unit.label())
                .published(printed.value(), printed.status())
                .computed(sum, parts)
                .explained(parent.itemName + " " + column.label() + " as printed against the sum of the "
                        + children.size() + " lines under it (" + names + ")."
                        + (Arithmetic.anyMark(parts)
                                ? " A - adds nothing; when every line shows -, so must "
                                        + parent.itemName + "."
                                : ""),
                        Arithmetic.sumFormula(parts, sum)));
    }

    /** The printed remainder against the first column minus the others; a - among the others counts as 0. */
    private static void remainder(ExecutionLine line, AmountColumn result, List<AmountColumn> operands,
            String check, List<CheckBuilder> checks) {
        CheckPartView printed = result.cell(line);
        List<CheckPartView> parts = operands.stream().map(column -> column.cell(line)).toList();
        if (printed.value() == null || parts.get(0).value() == null) {
            return; // nothing printed to recompute, or nothing to subtract from
        }
        BigDecimal computed = parts.get(0).value();
        for (CheckPartView part : parts.subList(1, parts.size())) {
            if (part.value() != null) {
                computed = computed.subtract(part.value());
            } else if (part.status() == AmountStatus.NON_BUDGET) {
                return;
            }
        }
        List<String> words = operands.stream().map(AmountColumn::label).toList();
        boolean markCountsAsZero = Arithmetic.anyMark(parts);
        String formula = parts.stream().map(part -> part.value() != null
                ? Arithmetic.number(part.value())
                : "0 (" + Arithmetic.mark(part.status()) + ")").collect(Collectors.joining(" − ")) + " = "
                + Arithmetic.number(computed);
        checks.add(check(line, result.name(), result.slug(), result.label(), check, CheckKind.REMAINDER)
                .unit(line.unit.name(), line.unit.label())
                .published(printed.value(), printed.status())
                .computed(Arithmetic.Computed.amount(computed), parts)
                .explained(line.itemName + ": " + result.label() + " as printed against " + String.join(" − ", words)
                        + "." + (markCountsAsZero ? " A printed - counts as 0." : ""),
                        formula));
    }

    /** The printed rate against numerator ÷ denominator × 100 rounded half-up to the printed decimals. */
    private static void rate(ExecutionLine line, String column, String label, BigDecimal printed,
            AmountColumn numerator, AmountColumn denominator, String check, List<CheckBuilder> checks) {
        BigDecimal top = numerator.value().apply(line);
        BigDecimal bottom = denominator.value().apply(line);
        if (printed == null || top == null || bottom == null || bottom.signum() == 0) {
            return; // no printed rate, or no rate to compute
        }
        int decimals = Math.max(0, printed.scale());
        BigDecimal computed = Arithmetic.rate(top, bottom, decimals);
        String formula = Arithmetic.number(top) + " ÷ " + Arithmetic.number(bottom) + " × 100 = "
                + Arithmetic.unroundedRate(top, bottom) + " → " + Arithmetic.number(computed);
        checks.add(check(line, column, column.replace('_', '-'), label, check, CheckKind.RATE)
                .unit(PERCENT, "%")
                .precision(decimals)
                .published(printed, AmountStatus.AMOUNT)
                .computed(Arithmetic.Computed.amount(computed), List.of(numerator.cell(line), denominator.cell(line)))
                .explained(line.itemName + ": " + label + " as printed (" + Arithmetic.number(printed)
                        + "%) against " + numerator.label() + " ÷ " + denominator.label()
                        + " × 100, rounded half-up to the "
                        + decimals + " decimal" + (decimals == 1 ? "" : "s")
                        + " printed; a computed rate that rounds to the printed one matches.", formula));
    }
}
