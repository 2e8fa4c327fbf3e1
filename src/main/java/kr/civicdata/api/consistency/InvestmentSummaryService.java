package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.money.MoneyUnit;
import kr.civicdata.api.pledge.Investment;
import kr.civicdata.api.pledge.InvestmentRepository;
import kr.civicdata.api.pledge.Pledge;
import kr.civicdata.api.pledge.PledgeRepository;
import kr.civicdata.api.pledge.PublishedTotal;
import kr.civicdata.api.pledge.PublishedTotalRepository;

/**
 * Totals of the pledges' planned investment per period, strategy area or government, summed from the top-level
 * pledges only: a pledge's printed amount already includes its sub-pledges (the PARENT_SUM checks of
 * /api/v1/consistency verify that, cell by cell), so adding the sub-pledges too would count them twice.
 */
@ApplicationScoped
public class InvestmentSummaryService {

    /** Sortable fields, by API name. */
    @SuppressWarnings("rawtypes")
    static final Map<String, Function<InvestmentSummaryView, Comparable>> SORT_KEYS = InMemoryPaging.keys(
            Map.entry("id", InvestmentSummaryView::id),
            Map.entry("governmentId", InvestmentSummaryView::governmentId),
            Map.entry("fromYear", InvestmentSummaryView::fromYear),
            Map.entry("area", InvestmentSummaryView::area),
            Map.entry("amount", InvestmentSummaryView::amount),
            Map.entry("difference", InvestmentSummaryView::difference));

    private static final Comparator<InvestmentSummaryView> BY_GOVERNMENT_PERIOD_AREA = Comparator
            .comparing(InvestmentSummaryView::governmentId)
            .thenComparingInt(InvestmentSummaryView::fromYear)
            .thenComparing(InvestmentSummaryView::area, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Filter<GroupBy> GROUP_BY = Filter.applied("groupBy",
            ValueType.enumeration(GroupBy.class).lowerCase(),
            "period (default): one row per government and period; area: one row per government and strategy area "
                    + "(the leading number of the pledge code); government: one row per government.",
            "area");
    private static final Filter<String> GOVERNMENT = Filter.applied("government", ValueType.id(),
            "Id of the government whose pledges to sum.", "gwangju-seo");
    private static final Filter<Integer> FISCAL_YEAR = Filter.applied("fiscalYear", ValueType.integer(1900, 2999),
            "Only the period containing this year (2022 and 2023 both select 2022~2023).", 2025);

    /** The parameters and sorts of /api/v1/investments/summary, applied to the totals in memory ({@link #summary}). */
    public static final Filters FILTERS = InMemoryPaging.sorts(SORT_KEYS, Filters.builder()
            .filter(GROUP_BY)
            .filter(GOVERNMENT)
            .filter(FISCAL_YEAR))
            .sortExample("-amount")
            .build();

    @Inject
    PledgeRepository pledges;

    @Inject
    InvestmentRepository investments;

    @Inject
    PublishedTotalRepository publishedTotals;

    @Inject
    Provenances provenances;

    /** A column of the table: one period. */
    private record Period(String period, int fromYear, int toYear) {

        boolean contains(Integer year) {
            return year == null || (fromYear <= year && year <= toYear);
        }
    }

    /** One page of the totals of the matching pledges; by default by government, then period or area. */
    public Page<InvestmentSummaryView> summary(Selection selection, PageRequest page) {
        GroupBy groupBy = selection.get(GROUP_BY) == null ? GroupBy.PERIOD : selection.get(GROUP_BY);
        String government = selection.get(GOVERNMENT);
        Integer fiscalYear = selection.get(FISCAL_YEAR);
        Map<String, List<Pledge>> rowsByTable = pledges.inTables(government, null).stream()
                .collect(Collectors.groupingBy(row -> row.datasetId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Investment>> cellsByPledge = investments.ofPledgesInTables(government, null).stream()
                .collect(Collectors.groupingBy(cell -> cell.pledgeId));
        Map<String, List<PublishedTotal>> totalsByTable = publishedTotals.inTables(government, null).stream()
                .collect(Collectors.groupingBy(total -> total.datasetId));
        List<InvestmentSummaryView> rows = new ArrayList<>();
        rowsByTable.forEach((table, tableRows) -> rows.addAll(new Table(tableRows, cellsByPledge,
                totalsByTable.getOrDefault(table, List.of()), table)
                .summarise(groupBy, fiscalYear)));
        return InMemoryPaging.page(rows, selection.sort(), SORT_KEYS, BY_GOVERNMENT_PERIOD_AREA,
                InvestmentSummaryView::id, page);
    }

    /** One pledge table (one government's 연차별 투자계획). */
    private final class Table {

        private final List<Pledge> rows;
        private final Map<String, List<Investment>> cellsByPledge;
        private final List<PublishedTotal> printed;
        private final String datasetId;
        private final List<Period> periods;

        Table(List<Pledge> rows, Map<String, List<Investment>> cellsByPledge, List<PublishedTotal> printed,
                String datasetId) {
            this.rows = rows;
            this.cellsByPledge = cellsByPledge;
            this.printed = printed;
            this.datasetId = datasetId;
            this.periods = rows.stream().flatMap(row -> cellsByPledge.getOrDefault(row.id, List.of()).stream())
                    .map(cell -> new Period(cell.period, cell.fromYear, cell.toYear)).distinct()
                    .sorted(Comparator.comparingInt(Period::fromYear).thenComparingInt(Period::toYear)).toList();
        }

        List<InvestmentSummaryView> summarise(GroupBy groupBy, Integer fiscalYear) {
            List<Period> selected = periods.stream().filter(period -> period.contains(fiscalYear)).toList();
            if (selected.isEmpty()) {
                return List.of();
            }
            String government = rows.get(0).governmentId;
            return switch (groupBy) {
                case PERIOD -> selected.stream()
                        .map(period -> row(government + ":" + period.period(), rows, List.of(period), null))
                        .toList();
                case AREA -> rows.stream().map(row -> row.area).distinct().sorted()
                        .map(area -> row(government + ":area-" + area,
                                rows.stream().filter(row -> row.area == area).toList(), selected, area))
                        .toList();
                case GOVERNMENT -> List.of(row(government, rows, selected, null));
            };
        }

        private List<CheckPartView> cells(Pledge pledge, List<Period> selected) {
            return cellsByPledge.getOrDefault(pledge.id, List.of()).stream()
                    .filter(cell -> selected.stream().anyMatch(period -> period.period().equals(cell.period)))
                    .map(cell -> CheckPartView.of(cell.id, "amount", cell.period, cell.amount, cell.status))
                    .toList();
        }

        /** The printed total of a group: only a whole table has one, for one period or for all (총계). */
        private Optional<PublishedTotal> printedTotal(List<Period> selected, Integer area) {
            if (area != null) {
                return Optional.empty();
            }
            if (selected.size() == 1) {
                return printed.stream().filter(total -> selected.get(0).period().equals(total.period)).findFirst();
            }
            if (selected.equals(periods)) {
                return printed.stream().filter(total -> total.period == null).findFirst();
            }
            return Optional.empty();
        }

        private InvestmentSummaryView row(String id, List<Pledge> group, List<Period> selected, Integer area) {
            List<CheckPartView> topLevelCells = group.stream().filter(pledge -> pledge.parentId == null)
                    .flatMap(pledge -> cells(pledge, selected).stream()).toList();
            BigDecimal amount = Arithmetic.sum(topLevelCells).value();
            int withAmount = 0;
            int none = 0;
            int nonBudget = 0;
            for (Pledge pledge : group) {
                switch (Arithmetic.sum(cells(pledge, selected)).status()) {
                    case AMOUNT -> withAmount++;
                    case NON_BUDGET -> nonBudget++;
                    case NONE -> none++;
                }
            }
            int topLevel = (int) group.stream().filter(pledge -> pledge.parentId == null).count();
            MoneyUnit unit = group.get(0).unit;
            PublishedTotal total = printedTotal(selected, area).orElse(null);
            BigDecimal publishedTotal = total == null ? null : total.amount;
            BigDecimal difference = Arithmetic.difference(publishedTotal, amount);
            Period first = selected.get(0);
            Period last = selected.get(selected.size() - 1);
            return new InvestmentSummaryView(id, group.get(0).governmentId,
                    selected.size() == 1 ? first.period() : null, first.fromYear(), last.toYear(), area,
                    amount, unit.name(), unit.label(), unit.toKrw(amount), publishedTotal, unit.toKrw(publishedTotal),
                    total == null ? null : total.id, difference, unit.toKrw(difference),
                    new InvestmentSummaryView.PledgeCounts(group.size(), topLevel, withAmount, none, nonBudget),
                    provenances.of(datasetId));
        }
    }
}
