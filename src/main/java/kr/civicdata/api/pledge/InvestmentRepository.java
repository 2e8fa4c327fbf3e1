package kr.civicdata.api.pledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import kr.civicdata.api.money.AmountStatus;

/** Reads the yearly investments of pledges. */
@ApplicationScoped
public class InvestmentRepository implements PanacheRepositoryBase<Investment, String> {

    /** Filters and sorts may name the investment {@code i} and its pledge {@code p}. */
    private static final String FROM = "select i from Investment i join Pledge p on p.id = i.pledgeId where ";

    @Inject
    PledgeRepository pledges;

    @Inject
    Provenances provenances;

    /**
     * Investments matching the filters, one page of them, with their pledges (fetched in one query for the page). A
     * fiscal year matches the period that contains it: 2023 matches 2022-2023.
     */
    public Page<InvestmentView> search(String government, PledgeKey pledge, Integer area, Integer depth,
            Integer fiscalYear, AmountStatus status, List<SortField> sort, PageRequest request) {
        Where where = new Where().eq("p.governmentId", government).eq("p.area", area).eq("p.depth", depth)
                .eq("i.status", status).when(fiscalYear, "i.fromYear <= :value and i.toYear >= :value");
        if (pledge != null) {
            where.eq("i.pledgeId", pledge.id()).eq("p.code", pledge.code());
        }
        // With one pledge or one pledge code every row has the same code order: leaving it out of the sort changes
        // nothing in the answer, and lets PostgreSQL start from the code (index) instead of walking the code order.
        Sort defaultSort = pledge != null ? Sort.by("i.fromYear") : Sort.by("p.codeSort").and("i.fromYear");
        Page<Investment> page = Paging.page(
                find(FROM + where.query(), Where.sort(sort, defaultSort, "i.id"), where.parameters()), request,
                Function.identity());
        Map<String, Pledge> byId = pledges.byIds(page.rows().stream().map(i -> i.pledgeId).distinct().toList());
        return new Page<>(page.rows().stream().map(i -> {
            Pledge owner = byId.get(i.pledgeId);
            return InvestmentView.of(i, owner, provenances.of(owner.datasetId));
        }).toList(), page.total());
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
