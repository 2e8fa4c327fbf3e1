package kr.civicdata.api.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.pledge.Investment;
import kr.civicdata.api.pledge.InvestmentRepository;
import kr.civicdata.api.pledge.Pledge;
import kr.civicdata.api.pledge.PledgeRepository;
import kr.civicdata.api.pledge.PublishedTotal;
import kr.civicdata.api.pledge.PublishedTotalRepository;

/**
 * The checks of the 001 investment tables (연차별 투자계획), computed from the tables themselves: every row's 총계
 * against its periods, every parent pledge against its sub-pledges and the printed {@code 총 계} against the
 * top-level pledges, in the 총계 column and in every period.
 */
@ApplicationScoped
class PledgePlanChecks {

    private static final String TOTAL_LABEL = "총계";
    private static final String MARKS_NOTE = " A - or 비예산 cell adds nothing; when no part holds a number, the printed"
            + " cell must show the same mark (비예산 only if every part is 비예산, else -).";

    @Inject
    PledgeRepository pledges;

    @Inject
    InvestmentRepository investments;

    @Inject
    PublishedTotalRepository publishedTotals;

    /** A column of the table: the row-total column 총계 (period null) or one period. */
    private record Column(String period, String label) {

        boolean isTotal() {
            return period == null;
        }
    }

    List<CheckBuilder> checks(String government, String dataset) {
        Map<String, List<Pledge>> rowsByTable = pledges.inTables(government, dataset).stream()
                .collect(Collectors.groupingBy(row -> row.datasetId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Investment>> cellsByPledge = investments.ofPledgesInTables(government, dataset).stream()
                .collect(Collectors.groupingBy(cell -> cell.pledgeId));
        Map<String, List<PublishedTotal>> totalsByTable = publishedTotals.inTables(government, dataset).stream()
                .collect(Collectors.groupingBy(total -> total.datasetId));
        Set<String> tables = new LinkedHashSet<>(rowsByTable.keySet());
        tables.addAll(totalsByTable.keySet());
        List<CheckBuilder> checks = new ArrayList<>();
        for (String table : tables) {
            checks.addAll(new Table(rowsByTable.getOrDefault(table, List.of()), cellsByPledge,
                    totalsByTable.getOrDefault(table, List.of())).checks());
        }
        return checks;
    }

    /** The label a period is printed with: 2022~2023, 2024. */
    static String periodLabel(int fromYear, int toYear) {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "~" + toYear;
    }

    /** One printed table: its rows, their period cells and its printed totals. */
    private static final class Table {

        private final List<Pledge> rows;
        private final Map<String, List<Investment>> cellsByPledge;
        private final List<PublishedTotal> totals;
        private final List<Column> columns;

        Table(List<Pledge> rows, Map<String, List<Investment>> cellsByPledge, List<PublishedTotal> totals) {
            this.rows = rows;
            this.cellsByPledge = cellsByPledge;
            this.totals = totals;
            List<Column> found = new ArrayList<>();
            found.add(new Column(null, TOTAL_LABEL));
            rows.stream().flatMap(row -> cellsByPledge.getOrDefault(row.id, List.of()).stream())
                    .sorted(Comparator.comparingInt((Investment cell) -> cell.fromYear)
                            .thenComparingInt(cell -> cell.toYear))
                    .map(cell -> new Column(cell.period, periodLabel(cell.fromYear, cell.toYear)))
                    .distinct().forEach(found::add);
            this.columns = List.copyOf(found);
        }

        List<CheckBuilder> checks() {
            List<CheckBuilder> checks = new ArrayList<>();
            rows.forEach(row -> rowTotal(row, checks));
            printedRowTotals(checks);
            totals.forEach(total -> grandTotal(total, checks));
            Map<String, List<Pledge>> childrenByParent = rows.stream().filter(row -> row.parentId != null)
                    .collect(Collectors.groupingBy(row -> row.parentId));
            for (Pledge parent : rows) {
                List<Pledge> children = childrenByParent.getOrDefault(parent.id, List.of());
                if (!children.isEmpty()) {
                    columns.forEach(column -> parentSum(parent, children, column, checks));
                }
            }
            return checks;
        }

        /** A pledge's cell in a column: its 총계 (in pledge) or a period (in investment); null if the row lacks it. */
        private CheckPartView cell(Pledge row, Column column, String label) {
            if (column.isTotal()) {
                return CheckPartView.of(row.id, "total_amount", label, row.totalAmount, row.totalStatus);
            }
            return cellsByPledge.getOrDefault(row.id, List.of()).stream()
                    .filter(cell -> cell.period.equals(column.period())).findFirst()
                    .map(cell -> CheckPartView.of(cell.id, "amount", label, cell.amount, cell.status))
                    .orElse(null);
        }

        private static String name(Pledge row) {
            return row.code + " " + row.title;
        }

        private static String marksNote(List<CheckPartView> parts) {
            return Arithmetic.anyMark(parts) ? MARKS_NOTE : "";
        }

        private void rowTotal(Pledge row, List<CheckBuilder> checks) {
            List<CheckPartView> parts = columns.stream().filter(column -> !column.isTotal())
                    .map(column -> cell(row, column, column.label())).filter(Objects::nonNull).toList();
            if (parts.isEmpty()) {
                return;
            }
            Arithmetic.Computed sum = Arithmetic.sum(parts);
            checks.add(CheckBuilder.check(row.id + ":sum-of-periods", CheckKind.ROW_TOTAL)
                    .source(row.governmentId, row.datasetId)
                    .where("pledge", row.id, name(row), "total_amount", TOTAL_LABEL)
                    .unit(row.unit.name(), row.unit.label())
                    .published(row.totalAmount, row.totalStatus)
                    .computed(sum, parts)
                    .explained(name(row) + ": 총계 as printed against the sum of its periods "
                            + labels(parts) + "." + marksNote(parts), Arithmetic.sumFormula(parts, sum)));
        }

        /** The row total of each printed total row (총 계) against its own printed periods. */
        private void printedRowTotals(List<CheckBuilder> checks) {
            Map<String, List<PublishedTotal>> byLabel = totals.stream()
                    .collect(Collectors.groupingBy(total -> total.label, LinkedHashMap::new, Collectors.toList()));
            byLabel.forEach((label, cells) -> cells.stream().filter(cell -> cell.period == null).findFirst()
                    .ifPresent(rowTotal -> {
                        List<CheckPartView> parts = cells.stream().filter(cell -> cell.period != null)
                                .map(cell -> CheckPartView.of(cell.id, "amount",
                                        periodLabel(cell.fromYear, cell.toYear), cell.amount, cell.status))
                                .toList();
                        if (parts.isEmpty()) {
                            return;
                        }
                        Arithmetic.Computed sum = Arithmetic.sum(parts);
                        checks.add(CheckBuilder.check(rowTotal.id + ":sum-of-periods", CheckKind.ROW_TOTAL)
                                .source(rowTotal.governmentId, rowTotal.datasetId)
                                .where("published_total", rowTotal.id, label, "amount", TOTAL_LABEL)
                                .unit(rowTotal.unit.name(), rowTotal.unit.label())
                                .published(rowTotal.amount, rowTotal.status)
                                .computed(sum, parts)
                                .explained(label + ": 총계 as printed against the sum of its printed periods "
                                        + labels(parts) + "." + marksNote(parts),
                                        Arithmetic.sumFormula(parts, sum)));
                    }));
        }

        /** A printed grand total cell against the top-level pledges in the same column. */
        private void grandTotal(PublishedTotal total, List<CheckBuilder> checks) {
            Column column = total.period == null
                    ? columns.get(0)
                    : new Column(total.period, periodLabel(total.fromYear, total.toYear));
            List<Pledge> topLevel = rows.stream().filter(row -> row.parentId == null).toList();
            List<CheckPartView> parts = topLevel.stream().map(row -> cell(row, column, name(row)))
                    .filter(Objects::nonNull).toList();
            if (parts.isEmpty()) {
                return;
            }
            Arithmetic.Computed sum = Arithmetic.sum(parts);
            String codes = topLevel.get(0).code + " … " + topLevel.get(topLevel.size() - 1).code;
            checks.add(CheckBuilder.check(total.id + ":sum-of-pledges", CheckKind.GRAND_TOTAL)
                    .source(total.governmentId, total.datasetId)
                    .where("published_total", total.id, total.label, "amount", column.label())
                    .unit(total.unit.name(), total.unit.label())
                    .published(total.amount, total.status)
                    .computed(sum, parts)
                    .explained(total.label + " (" + column.label() + ") as printed against the sum of the "
                            + parts.size() + " top-level pledges (" + codes + ") in " + column.label()
                            + "; sub-pledges are not added again, since a pledge's amount includes them."
                            + marksNote(parts), Arithmetic.sumFormula(parts, sum)));
        }

        private void parentSum(Pledge parent, List<Pledge> children, Column column, List<CheckBuilder> checks) {
            CheckPartView printed = cell(parent, column, column.label());
            List<CheckPartView> parts = children.stream().map(child -> cell(child, column, name(child)))
                    .filter(Objects::nonNull).toList();
            if (printed == null || parts.isEmpty()) {
                return;
            }
            Arithmetic.Computed sum = Arithmetic.sum(parts);
            String codes = children.stream().map(child -> child.code).collect(Collectors.joining(", "));
            checks.add(CheckBuilder.check(printed.rowId() + ":sum-of-children", CheckKind.PARENT_SUM)
                    .source(parent.governmentId, parent.datasetId)
                    .where(column.isTotal() ? "pledge" : "investment", printed.rowId(), name(parent),
                            printed.column(), column.label())
                    .unit(parent.unit.name(), parent.unit.label())
                    .published(printed.value(), printed.status())
                    .computed(sum, parts)
                    .explained(name(parent) + " (" + column.label() + ") as printed against the sum of its "
                            + parts.size() + " sub-pledges (" + codes + ") in " + column.label() + "."
                            + marksNote(parts), Arithmetic.sumFormula(parts, sum)));
        }

        private static String labels(List<CheckPartView> parts) {
            List<String> labels = parts.stream().map(CheckPartView::label).toList();
            if (labels.size() == 1) {
                return labels.get(0);
            }
            return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        }
    }
}
