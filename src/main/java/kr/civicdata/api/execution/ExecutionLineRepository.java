package kr.civicdata.api.execution;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Where;

/** Reads execution and settlement lines, each with the ids of its children and its provenance. */
@ApplicationScoped
public class ExecutionLineRepository implements PanacheRepositoryBase<ExecutionLine, String> {

    /** The API's sort fields; {@code lineOrder} is the printed order, tables kept together (see {@link #sort}). */
    public static final Map<String, String> SORTS = Map.of("lineOrder", "lineOrder", "itemName", "itemName",
            "budget", "coalesce(budgetAmount, currentBudgetAmount)");

    @Inject
    Provenances provenances;

    /** Lines matching the filters, one page of them. */
    public Page<ExecutionLineView> search(String government, ExecutionKind kind, Integer fiscalYear, String parent,
            Integer depth, List<SortField> sort, PageRequest page) {
        Where where = new Where().eq("governmentId", government).eq("kind", kind).eq("fiscalYear", fiscalYear)
                .eq("parentId", parent).eq("depth", depth);
        Page<ExecutionLine> lines = Paging.page(find(where.query(), sort(sort), where.parameters()), page,
                Function.identity());
        Map<String, List<String>> children = childIds(lines.rows().stream().map(line -> line.id).toList());
        return new Page<>(lines.rows().stream().map(line -> view(line, children)).toList(), lines.total());
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

    /**
     * The requested sort, else document order. A line order counts within its printed table, so ordering by it
     * keeps each table together (by dataset) and follows the printed lines inside it. The expressions are fixed
     * HQL from {@link #SORTS}, never client text, so escaping is off to allow {@code coalesce}.
     */
    private static Sort sort(List<SortField> requested) {
        List<SortField> expanded = requested.stream()
                .flatMap(field -> field.name().equals("lineOrder")
                        ? Stream.of(new SortField(field.name(), "datasetId", field.descending()), field)
                        : Stream.of(field))
                .toList();
        return Where.sort(expanded, Sort.by("datasetId").and("lineOrder"), "id").disableEscaping();
    }
}
