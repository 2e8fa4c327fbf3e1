package kr.civicdata.api.pledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.web.Page;
import kr.civicdata.api.web.PageRequest;
import kr.civicdata.api.web.Paging;
import kr.civicdata.api.web.SortField;
import kr.civicdata.api.web.Where;

/** Reads pledges, each with its investments. */
@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<Pledge, String> {

    /** Natural code order (1-2 before 1-10), from the column the database generates from the code. */
    static final Sort CODE_ORDER = Sort.by("codeSort");

    @Inject
    InvestmentRepository investments;

    @Inject
    Provenances provenances;

    /**
     * Pledges matching the filters, one page of them, each with its investment in every period: the investments of
     * the whole page come in one query.
     */
    public Page<PledgeView> search(String government, Integer area, PledgeKey parent, Integer depth,
            BudgetType budgetType, String q, List<SortField> sort, PageRequest request) {
        Where where = new Where().eq("governmentId", government).eq("area", area).eq("depth", depth)
                .eq("budgetType", budgetType).contains("title", q);
        if (parent != null) {
            where.eq("parentId", parent.id())
                    .when(parent.code(), "parentId in (select up.id from Pledge up where up.code = :value)");
        }
        Page<Pledge> page = Paging.page(find(where.query(), Where.sort(sort, CODE_ORDER, "id"), where.parameters()),
                request, Function.identity());
        Map<String, List<Investment>> byPledge = investments.byPledge(page.rows().stream().map(p -> p.id).toList());
        return new Page<>(page.rows().stream()
                .map(p -> PledgeView.of(p, byPledge.getOrDefault(p.id, List.of()), provenances.of(p.datasetId)))
                .toList(), page.total());
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

    /** The pledges with these ids, by id, in one query. */
    Map<String, Pledge> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
