package kr.civicdata.api.pledge;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.SqlReads;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;
import kr.civicdata.api.web.representation.DataVersion;

/** Reads the yearly investments of pledges. */
@ApplicationScoped
public class InvestmentRepository implements PanacheRepositoryBase<Investment, String> {

    /** One pledge's rows, by its id or its code; the default order then need not sort by code (see search). */
    static final Filter<PledgeKey> PLEDGE = Filter.of("pledge", PledgeKey.TYPE,
            (where, key) -> where.eq("i.pledge_id", key.id()).eq("p.code", key.code()),
            "One pledge, by code (3-3) or id (gwangju-seo:3-3).", "3-3-4");

    static final Filter<String> GOVERNMENT = Filter.of("government", ValueType.id(),
            Condition.equal("p.government_id"), "Id of the government that made the pledges.", "gwangju-seo");
    static final Filter<Integer> AREA = Filter.of("area", ValueType.integer(1, 5), Condition.equal("p.area"),
            "Strategy area of the pledge: the leading number of its code, 1 to 5.", 3);
    static final Filter<Integer> DEPTH = Filter.of("depth", ValueType.integer(1, 2).listed(),
            Condition.equal("p.depth"), "Depth of the pledge: 1 for pledges, 2 for sub-pledges.", 2);
    static final Filter<String> TITLE = Filter.of("q", ValueType.text(), Condition.contains("p.title"),
            "Case-insensitive substring of the pledge's title.", "돌봄");
    /** The filters on the pledge's columns: with one of them the pledges are where a query starts (see search). */
    private static final List<Filter<?>> OF_THE_PLEDGE = List.of(GOVERNMENT, PLEDGE, AREA, DEPTH, TITLE);

    /**
     * The filters and sorts of /api/v1/investments, in SQL over the investment {@code i} and its pledge {@code p}
     * ({@link #search} runs SQL).
     */
    public static final Filters FILTERS = Filters.builder()
            .filter(GOVERNMENT)
            .filter(PLEDGE)
            .filter(AREA)
            .filter(DEPTH)
            .filter("fiscalYear", ValueType.integer(1, 9999),
                    Condition.of("i.from_year <= :value and i.to_year >= :value"),
                    "A year: matches the period that contains it (2023 matches the period 2022-2023).", 2023)
            .filter("status", ValueType.enumeration(AmountStatus.class), Condition.equal("i.status"),
                    "AMOUNT (a number was printed), NONE (- was printed) or NON_BUDGET (비예산 was printed).", "NONE")
            .filter(TITLE)
            .range("minAmount", "maxAmount", ValueType.decimal(), "i.amount",
                    "amount (as printed, in the row's unit: 백만원 for every row today)", 1000, 5000)
            .range("minAmountKrw", "maxAmountKrw", ValueType.decimal(), MoneyUnit.krwSql("i.amount", "i.unit"),
                    "amount in won (amountKrw)", 1000000000L, 5000000000L)
            .sort("pledge", "natural code order", "p.code_sort")
            .sort("period", null, "i.from_year")
            .sort("amount", null, "i.amount")
            .sortNote("Rows without an amount come last either way.")
            .sortExample("-amount")
            .cursors()
            .build();

    /** The SQL type of each sort key, to which a cursor's text is cast; the amount is the one that can be null. */
    private static final Map<String, String> KEY_TYPES = Map.of("p.code_sort", "int[]", "i.code_sort", "int[]",
            "i.from_year", "int",
            "i.amount", "numeric", "i.id", "text");
    private static final Set<String> NULLABLE_KEYS = Set.of("i.amount");
    private static final SortField TIE_BREAKER = new SortField("id", "i.id", false);

    /** The columns of a row ({@link InvestmentView#read}), then its pledge's dataset. */
    private static final String COLUMNS = "i.id, i.pledge_id, p.code, p.title, p.government_id, p.area, p.depth, "
            + "i.period, i.from_year, i.to_year, i.amount, i.unit, i.status, p.dataset_id";
    /** Where the sort keys of a row come, after its columns; then its row number, the data check and the count. */
    private static final int KEYS = 15;
    private static final String FROM = "from investment i join pledge p on p.id = i.pledge_id where ";

    @Inject
    Provenances provenances;

    @Inject
    SqlReads sql;

    @Inject
    DataVersion dataVersion;

    /**
     * Investments matching the filters, one page of them, with their pledges. A fiscal year matches the period that
     * contains it: 2023 matches 2022-2023. One statement, one round trip, also for an empty page: the rows with their
     * pledges (joined), the sort keys of each (for the cursor of the next page), whether data_load holds the version
     * the answer is built under ({@link SqlReads#versioned}) and, where the page does not tell it, the total (a scalar subquery, run once);
     * read straight into the answer's records, with no persistence context. A page reached by a cursor starts after its keys instead of an
     * offset. A request without a count ({@link PageRequest#uncounted}, a part of a stream) is a plain statement: the
     * rows, their keys and the data check.
     */
    public Page<InvestmentView> search(Selection selection, PageRequest request) {
        Where where = selection.where();
        // With one pledge or one pledge code every row has the same code order: leaving it out of the sort changes
        // nothing in the answer, and lets PostgreSQL start from the pledge (index) instead of walking the code order.
        boolean onePledge = selection.get(PLEDGE) != null;
        // The code order is the pledge's, also copied on each investment (migration V8), the same values: without a
        // filter on the pledges, the walk of the investments' own index of the whole order (a part of the whole
        // collection then reads its 1,000 rows, not the 9,700 investments of every pledge of its code); with one,
        // the pledges' indexes where that filter starts, in code order (walking the investments in order would pass
        // every row of the codes before area 3's, say, to find the first).
        String codeOrder = OF_THE_PLEDGE.stream().anyMatch(filter -> selection.get(filter) != null)
                ? "p.code_sort"
                : "i.code_sort";
        String defaultOrder = onePledge ? "i.from_year" : codeOrder + ", i.from_year";
        // The same order as keys: a cursor holds the last row's values of each, the id last.
        List<SortField> order = new ArrayList<>(selection.sort());
        if (order.isEmpty()) {
            if (!onePledge) {
                order.add(new SortField("pledge", codeOrder, false));
            }
            order.add(new SortField("period", "i.from_year", false));
        }
        order.add(TIE_BREAKER);
        Where page = selection.where();
        if (request.after() != null) {
            page.after(order, request.after().keys(), order.stream().map(key -> KEY_TYPES.get(key.expression()))
                    .toList(), NULLABLE_KEYS);
        }
        StringBuilder columns = new StringBuilder(COLUMNS);
        order.forEach(key -> columns.append(", (").append(key.expression()).append(")::text"));
        String orderBy = Where.orderBy(selection.sort(), defaultOrder, "i.id");
        List<Object> parameters = new ArrayList<>(dataVersion.readingParameters());
        String pageSql;
        int version;
        if (request.counted()) {
            // The count only where the page does not tell the total (PageRequest.totalFrom): a full page, or an empty
            // one past the first. The scalar subquery is run when the expression first needs it, so only then.
            String count = "case when count(r.n) over () < ? and (count(r.n) over () > 0 or ? = 1) then null else "
                    + "(select count(*) " + FROM + where.sql() + ") end";
            parameters.add(request.size());
            parameters.add(request.page());
            parameters.addAll(where.sqlParameters());
            pageSql = SqlReads.versioned(columns.toString(), FROM + page.sql(), orderBy, " limit ? offset ?", count);
            version = KEYS + order.size() + 1;
        } else {
            // No total asked for (a part of a stream): the rows and the data check, nothing else to start or run.
            pageSql = "select " + columns + ", " + SqlReads.SAME_DATA + " " + FROM + page.sql() + " order by "
                    + orderBy + " limit ? offset ?";
            version = KEYS + order.size();
        }
        parameters.addAll(page.sqlParameters());
        parameters.add(request.size());
        parameters.add(request.offset());
        return sql.read(statements -> {
            List<InvestmentView> rows = new ArrayList<>();
            List<String> lastKeys = new ArrayList<>();
            long total = 0;
            boolean counted = false;
            try (PreparedStatement statement = statements.prepare(pageSql, parameters);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (result.isFirst()) {
                        dataVersion.confirm(result.getBoolean(version));
                        if (request.counted()) {
                            total = result.getLong(version + 1);
                            counted = !result.wasNull();
                        }
                    }
                    if (result.getString(1) == null) {
                        break; // the one row of an empty page
                    }
                    rows.add(InvestmentView.read(result, provenances.of(result.getString(14))));
                    if (result.isLast()) {
                        for (int i = 0; i < order.size(); i++) {
                            lastKeys.add(result.getString(KEYS + i));
                        }
                    }
                }
            }
            return new Page<>(rows, counted ? total : request.totalFrom(rows.size()), rows.isEmpty() ? null : lastKeys);
        });
    }

    /**
     * Every investment of the pledges of the matching tables (null matches any), in one query, by pledge and period.
     * For whole-table reads such as the consistency checks.
     */
    public List<Investment> ofPledgesInTables(String government, String dataset) {
        Where where = new Where().eq("p.governmentId", government).eq("p.datasetId", dataset);
        return list("pledgeId in (select p.id from Pledge p where " + where.query() + ")",
                Sort.by("pledgeId").and("fromYear").and("toYear"), where.parameters());
    }

    /** The investments of these pledges in period order, by pledge id, in one query. */
    Map<String, List<Investment>> byPledge(List<String> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return Map.of();
        }
        return list("pledgeId in ?1", Sort.by("fromYear").and("id"), pledgeIds).stream()
                .collect(Collectors.groupingBy(i -> i.pledgeId));
    }
}
