package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.ConfirmedReads;
import kr.civicdata.api.db.SqlReads;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.money.AmountStatus;
import kr.civicdata.api.money.MoneyUnit;
import kr.civicdata.api.web.representation.DataVersion;

/** Reads pledges, each with its investments. */
@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<Pledge, String> {

    /**
     * Natural code order (1-2 before 1-10), from the column the database generates from the code: the default of
     * {@link #search}, in SQL.
     */
    private static final Sort CODE_ORDER = Sort.by("code_sort");
    /** The sort expressions of {@link #FILTERS} that can be null: a 비예산 pledge has no total. */
    private static final Set<String> NULLABLE_KEYS = Set.of("total_amount");

    @Inject
    InvestmentRepository investments;

    @Inject
    Provenances provenances;

    @Inject
    SqlReads sql;

    @Inject
    DataVersion dataVersion;

    /** The filters and sorts of /api/v1/pledges, in SQL over the pledge table ({@link #search} runs SQL). */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("government_id"),
                    "Id of the government that made the pledges.", "gwangju-seo")
            .filter("area", ValueType.integer(1, 5), Condition.equal("area"),
                    "Strategy area: the leading number of the code, 1 to 5.", 3)
            .filter("parent", PledgeKey.TYPE, (where, key) -> where.eq("parent_id", key.id())
                    .when(key.code(), "parent_id in (select up.id from pledge up where up.code = :value)"),
                    "The pledge whose sub-pledges to list, by code (3-3) or id (gwangju-seo:3-3).", "3-3")
            .filter("depth", ValueType.integer(1, 2).listed(), Condition.equal("depth"),
                    "1 for pledges, 2 for sub-pledges.", 1)
            .filter("budgetType", ValueType.enumeration(BudgetType.class), Condition.equal("budget_type"),
                    "BUDGET (예산) or NON_BUDGET (비예산).", "NON_BUDGET")
            .filter("q", ValueType.text(), Condition.contains("title"),
                    "Case-insensitive substring of the Korean title.", "병원동행")
            .range("minTotal", "maxTotal", ValueType.decimal(), "total_amount",
                    "total (총계, as printed, in the pledge's unit: 백만원 for every pledge today)", 10000, 50000)
            .range("minTotalKrw", "maxTotalKrw", ValueType.decimal(), MoneyUnit.krwSql("total_amount", "unit"),
                    "total in won (totalKrw)", 10000000000L, 50000000000L)
            .sort("code", "natural order", "code_sort")
            .sort("title", null, "title")
            .sort("total", null, "total_amount")
            .sort("area", null, "area")
            .sort("depth", null, "depth")
            .sortNote("Pledges without an amount (비예산) come last either way.")
            .sortExample("-total")
            .build();

    private static final String COLUMNS = "id, government_id, dataset_id, code, area, depth, parent_id, title, "
            + "total_amount, total_status, budget_type, unit";

    /** The investments of a page's pledges, in period order. */
    private static final String INVESTMENTS = "select pledge_id, period, from_year, to_year, amount, status, unit, "
            + SqlReads.SAME_DATA + " from investment where pledge_id = any(?) order by from_year, id";

    /**
     * Pledges matching the filters, one page of them, each with its investment in every period. The national-scale
     * search of the API, so it runs as SQL ({@link SqlReads}) on one connection: the page, its count when the page
     * does not tell the total, and the investments of the whole page in one query. Each statement reads data_load's
     * version with its rows ({@link SqlReads#SAME_DATA}): all must be of the generation the answer is built under.
     */
    public Page<PledgeView> search(Selection selection, PageRequest request) {
        Where where = selection.where();
        String condition = where.sql();
        List<Object> parameters = where.sqlParameters();
        Where page = selection.where();
        if (request.after() != null) {
            // A part of a stream: the rows after the previous part's last row (its id), its keys read by the statement.
            page.afterRow(Where.keys(selection.sort(), CODE_ORDER, "id"), NULLABLE_KEYS,
                    "(select %s from pledge r where r.id = %s)", request.after());
        }
        String pageSql = "select " + COLUMNS + ", " + SqlReads.SAME_DATA + " from pledge where " + page.sql()
                + " order by " + Where.orderBy(selection.sort(), "code_sort", "id") + " limit ? offset ?";
        List<Object> version = dataVersion.readingParameters();
        List<Object> pageParameters = new ArrayList<>(version);
        pageParameters.addAll(page.sqlParameters());
        pageParameters.add(request.size());
        pageParameters.add(request.offset());
        return sql.read(statements -> {
            List<PledgeRow> rows = new ArrayList<>();
            try (PreparedStatement statement = statements.prepare(pageSql, pageParameters);
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (rows.isEmpty()) {
                        dataVersion.confirm(result.getBoolean(13));
                    }
                    rows.add(PledgeRow.read(result));
                }
            }
            long total = request.totalFrom(rows.size());
            if (request.needsCount(rows.size()) || rows.isEmpty() && request.counted()) {
                // an empty page read no data check: the count does
                try (PreparedStatement statement = statements.prepare(
                        "select count(*), " + SqlReads.SAME_DATA + " from pledge where " + condition,
                        concat(version, parameters));
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    total = result.getLong(1);
                    dataVersion.confirm(result.getBoolean(2));
                }
                if (rows.isEmpty() && request.after() == null && total <= request.offset()) {
                    // The page read no row, so no data check; the count, checked, says the page is empty in this
                    // version too: a build without a transaction need not be done again in one for it.
                    ConfirmedReads.vouchedForEmpty();
                }
            }
            Map<String, List<PeriodInvestmentView>> byPledge = new HashMap<>();
            if (!rows.isEmpty()) {
                String[] ids = rows.stream().map(PledgeRow::id).toArray(String[]::new);
                try (PreparedStatement statement = statements.prepare(INVESTMENTS,
                        concat(version, List.of((Object) ids)));
                        ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        if (byPledge.isEmpty()) {
                            dataVersion.confirm(result.getBoolean(8));
                        }
                        byPledge.computeIfAbsent(result.getString(1), id -> new ArrayList<>())
                                .add(PeriodInvestmentView.read(result));
                    }
                }
            }
            return new Page<>(rows.stream()
                    .map(row -> row.view(byPledge.getOrDefault(row.id(), List.of()), provenances.of(row.datasetId())))
                    .toList(), total, rows.isEmpty() ? null : List.of(rows.get(rows.size() - 1).id()));
        });
    }

    /** A row of {@link #COLUMNS}, as read; no persistence context sees it. */
    private record PledgeRow(String id, String governmentId, String datasetId, String code, int area, int depth,
            String parentId, String title, BigDecimal total, AmountStatus totalStatus, BudgetType budgetType,
            MoneyUnit unit) {

        static PledgeRow read(ResultSet row) throws SQLException {
            return new PledgeRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                    row.getInt(6), row.getString(7), row.getString(8), row.getBigDecimal(9),
                    AmountStatus.valueOf(row.getString(10)), BudgetType.valueOf(row.getString(11)),
                    MoneyUnit.valueOf(row.getString(12)));
        }

        PledgeView view(List<PeriodInvestmentView> investments, ProvenanceView provenance) {
            return new PledgeView(id, governmentId, code, area, depth, parentId, title, total, unit, unit.label(),
                    unit.toKrw(total), totalStatus, totalStatus.label(), budgetType, budgetType.label(), investments,
                    provenance);
        }
    }

    /** One pledge with its investments, its parent and its children; empty for an unknown id. */
    public Optional<PledgeDetailView> detail(String id) {
        return findByIdOptional(id).map(pledge -> PledgeDetailView.of(pledge,
                investments.byPledge(List.of(pledge.id)).getOrDefault(pledge.id, List.of()),
                pledge.parentId == null ? null : findById(pledge.parentId),
                list("parentId", Sort.by("codeSort").and("id"), pledge.id), provenances.of(pledge.datasetId)));
    }

    /**
     * Every pledge and sub-pledge of the matching tables (null matches any), in printed order: by table, then as the
     * rows are printed. For whole-table reads such as the consistency checks.
     */
    public List<Pledge> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("sourceOrder").and("id"), where.parameters());
    }

    private static List<Object> concat(List<Object> first, List<?> then) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
