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
import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.money.AmountStatus;

/** Reads the yearly investments of pledges. */
@ApplicationScoped
public class InvestmentRepository implements PanacheRepositoryBase<Investment, String> {

    /** Filters and sorts may name the investment {@code i} and its pledge {@code p}. */
    private static final String FROM = "select i from Investment i join Pledge p on p.id = i.pledgeId where ";

    /** One pledge's rows, by its id or its code; the default order then need not sort by code (see search). */
    static final Filter<PledgeKey> PLEDGE = Filter.of("pledge", PledgeKey.TYPE,
            (where, key) -> where.eq("i.pledgeId", key.id()).eq("p.code", key.code()),
            "One pledge, by code (3-3) or id (gwangju-seo:3-3).", "3-3-4");

    /** The filters and sorts of /api/v1/investments, in HQL over {@code i} and {@code p} (see {@link #FROM}). */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("p.governmentId"),
                    "Id of the government that made the pledges.", "gwangju-seo")
            .filter(PLEDGE)
            .filter("area", ValueType.integer(1, 5), Condition.equal("p.area"),
                    "Strategy area of the pledge: the leading number of its code, 1 to 5.", 3)
            .filter("depth", ValueType.integer(1, 2).listed(), Condition.equal("p.depth"),
                    "Depth of the pledge: 1 for pledges, 2 for sub-pledges.", 2)
            .filter("fiscalYear", ValueType.integer(1, 9999),
                    Condition.of("i.fromYear <= :value and i.toYear >= :value"),
                    "A year: matches the period that contains it (2023 matches the period 2022-2023).", 2023)
            .filter("status", ValueType.enumeration(AmountStatus.class), Condition.equal("i.status"),
                    "AMOUNT (a number was printed), NONE (- was printed) or NON_BUDGET (비예산 was printed).", "NONE")
            .filter("q", ValueType.text(), Condition.contains("p.title"),
                    "Case-insensitive substring of the pledge's title.", "돌봄")
            .sort("pledge", "natural code order", "p.codeSort")
            .sort("period", null, "i.fromYear")
            .sort("amount", null, "i.amount")
            .sortNote("Rows without an amount come last either way.")
            .sortExample("-amount")
            .build();

    @Inject
    PledgeRepository pledges;

    @Inject
    Provenances provenances;

    /**
     * Investments matching the filters, one page of them, with their pledges (fetched in one query for the page). A
     * fiscal year matches the period that contains it: 2023 matches 2022-2023.
     */
    public Page<InvestmentView> search(Selection selection, PageRequest request) {
        Where where = selection.where();
        // With one pledge or one pledge code every row has the same code order: leaving it out of the sort changes
        // nothing in the answer, and lets PostgreSQL start from the code (index) instead of walking the code order.
        Sort defaultSort = selection.get(PLEDGE) != null
                ? Sort.by("i.fromYear")
                : Sort.by("p.codeSort").and("i.fromYear");
        Page<Investment> page = Paging.page(
                find(FROM + where.query(), Where.sort(selection.sort(), defaultSort, "i.id"), where.parameters()),
                request, Function.identity());
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
