package kr.civicdata.api.execution;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.money.MoneyUnit;

/** Reads execution and settlement lines, each with the ids of its children and its provenance. */
@ApplicationScoped
public class ExecutionLineRepository implements PanacheRepositoryBase<ExecutionLine, String> {

    /** A line's budget: 예산액 of an execution line, 예산현액 of a settlement line; a statement has none. */
    private static final String BUDGET = "coalesce(budgetAmount, currentBudgetAmount)";

    /**
     * The filters and sorts of /api/v1/execution-results, in HQL over the line. A line order counts within its
     * printed table, so {@code lineOrder} sorts by table (dataset) first and follows the printed lines inside it.
     */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"),
                    "Government id (see /api/v1/governments).", "seoul")
            .filter("fiscalYear", ValueType.integer(1000, 9999), Condition.equal("fiscalYear"),
                    "Fiscal year (회계연도) of the budget.", 2022)
            .filter("kind", ValueType.enumeration(ExecutionKind.class), Condition.equal("kind"),
                    "EXECUTION (집행현황, as of a date), SETTLEMENT (결산, a closed fiscal year) or STATEMENT (기재사항: what the settlement report states instead of figures, such as 명시·사고이월 : 해당 없음).",
                    "SETTLEMENT")
            .filter("parent", ValueType.id(), Condition.equal("parentId"),
                    "Id of a line: only the lines directly under it.", "seoul:settlement-2022:2")
            .filter("depth", ValueType.integer(0, 9), Condition.equal("depth"),
                    "Level in the table's tree: 0 total line, 1 its parts, 2 their items.", 1)
            .range("minBudget", "maxBudget", ValueType.decimal(), BUDGET,
                    "budget (execution.budget 예산액, or settlement.currentBudget 예산현액; as printed, in the line's unit)",
                    10000, 100000)
            .range("minBudgetKrw", "maxBudgetKrw", ValueType.decimal(), MoneyUnit.krwHql(BUDGET, "unit"),
                    "budget in won (execution.budgetKrw or settlement.currentBudgetKrw)", 10000000L, 100000000L)
            .range("minExecutionRate", "maxExecutionRate", ValueType.decimal(), "executionRate",
                    "execution rate (execution.executionRate 집행률, in percent as printed; settlement lines and statements have none)",
                    0, 40)
            .sort("lineOrder", "printed order, table by table", "datasetId", "lineOrder")
            .sort("itemName", null, "itemName")
            .sort("budget", "예산액, or 예산현액 for a settlement line", BUDGET)
            .sortExample("-budget")
            .build();

    @Inject
    Provenances provenances;

    /** Lines matching the filters, one page of them. */
    public Page<ExecutionLineView> search(Selection selection, PageRequest page) {
        Page<ExecutionLine> lines = Paging.page(this, "ExecutionLine", selection,
                Sort.by("datasetId").and("lineOrder"), Set.of(BUDGET), page, line -> line.id, Function.identity());
        Map<String, List<String>> children = childIds(lines.rows().stream().map(line -> line.id).toList());
        return lines.withRows(lines.rows().stream().map(line -> view(line, children)).toList());
    }

    /** One line, with the ids of its children. */
    public Optional<ExecutionLineView> findView(String id) {
        return findByIdOptional(id).map(line -> view(line, childIds(List.of(line.id))));
    }

    /**
     * Every line of the matching tables (null matches any), in printed order: by table, then line order. For
     * whole-table reads such as the consistency checks.
     */
    public List<ExecutionLine> inTables(String government, String dataset) {
        Where where = new Where().eq("governmentId", government).eq("datasetId", dataset);
        return list(where.query(), Sort.by("datasetId").and("lineOrder").and("id"), where.parameters());
    }

    private ExecutionLineView view(ExecutionLine line, Map<String, List<String>> children) {
        return ExecutionLineView.of(line, children.getOrDefault(line.id, List.of()),
                provenances.of(line.datasetId));
    }

    /** The children of all the given lines in one query, each parent's in printed order. */
    private Map<String, List<String>> childIds(Collection<String> parents) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select c.parentId, c.id from ExecutionLine c where c.parentId in :parents"
                        + " order by c.lineOrder, c.id", Object[].class)
                .setParameter("parents", parents).getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0], LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }
}
