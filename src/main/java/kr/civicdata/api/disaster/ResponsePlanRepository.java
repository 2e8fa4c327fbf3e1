package kr.civicdata.api.disaster;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.ValueType;

/** Reads response plans. */
@ApplicationScoped
public class ResponsePlanRepository implements PanacheRepositoryBase<ResponsePlan, String> {

    /** The filters and sorts of /api/v1/disaster-response-plans, in HQL over the plan. */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"),
                    "Id of the government whose plans to list.", "seoul")
            .filter("hazard", ValueType.enumeration(Hazard.class), Condition.equal("hazard"),
                    "FLOOD (풍수해) or HEATWAVE (폭염).", "HEATWAVE")
            .sort("id", null, "id")
            .sort("hazard", null, "hazard")
            .sort("operatingFrom", null, "operatingFrom")
            .sortExample("-operatingFrom")
            .build();

    /** Plans matching the filters, one page of them; by default in order of their operating period. */
    public Page<ResponsePlan> search(Selection selection, PageRequest page) {
        return Paging.page(this, "ResponsePlan", selection, Sort.by("operatingFrom"), Set.of("operatingFrom"), page,
                plan -> plan.id, Function.identity());
    }

    /** The plans with these ids, by id, in one query. */
    public Map<String, ResponsePlan> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(plan -> plan.id, Function.identity()));
    }
}
