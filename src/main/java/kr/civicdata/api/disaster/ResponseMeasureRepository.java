package kr.civicdata.api.disaster;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Reads the measures of response plans. */
@ApplicationScoped
public class ResponseMeasureRepository implements PanacheRepositoryBase<ResponseMeasure, String> {

    /** The measures of these plans in one query, plan by plan in printed order. */
    public List<ResponseMeasure> ofPlans(Collection<String> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1", Sort.by("planId").and("ord"), planIds);
    }
}
