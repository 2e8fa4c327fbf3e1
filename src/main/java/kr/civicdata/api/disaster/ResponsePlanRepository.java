package kr.civicdata.api.disaster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Where;

/** Reads response plans. */
@ApplicationScoped
public class ResponsePlanRepository implements PanacheRepositoryBase<ResponsePlan, String> {

    /** Plans matching the filters, one page of them; by default in order of their operating period. */
    public Page<ResponsePlan> search(String government, Hazard hazard, List<SortField> sort, PageRequest page) {
        Where where = new Where().eq("governmentId", government).eq("hazard", hazard);
        return Paging.page(find(where.query(), Where.sort(sort, Sort.by("operatingFrom"), "id"), where.parameters()),
                page, Function.identity());
    }

    /** The plans with these ids, by id, in one query. */
    public Map<String, ResponsePlan> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(plan -> plan.id, Function.identity()));
    }
}
