package kr.civicdata.api.disaster;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Paging;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.Where;

/** Reads response stages. */
@ApplicationScoped
public class ResponseStageRepository implements PanacheRepositoryBase<ResponseStage, String> {

    /** Sort expression of the {@code alertLevel} sort: crisis order (관심 < 주의 < 경계 < 심각), not the codes' spelling. */
    public static final String ALERT_LEVEL_ORDER = "alertLevelRank";

    /**
     * Stages matching the filters, one page of them; by default plan by plan, each in stage order. The government
     * and hazard are the plan's, filtered by a subquery so that the page stays one query.
     */
    public Page<ResponseStage> search(String government, Hazard hazard, AlertLevel alertLevel, String plan,
            List<SortField> sort, PageRequest page) {
        Where where = new Where()
                .when(government, "planId in (select p.id from ResponsePlan p where p.governmentId = :value)")
                .when(hazard, "planId in (select p.id from ResponsePlan p where p.hazard = :value)")
                .eq("alertLevel", alertLevel)
                .eq("planId", plan);
        return Paging.page(find(where.query(), Where.sort(sort, Sort.by("planId").and("stageOrder"), "id"),
                where.parameters()), page, Function.identity());
    }

    /** The stages of these plans in one query, plan by plan in stage order. */
    public List<ResponseStage> ofPlans(Collection<String> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1", Sort.by("planId").and("stageOrder"), planIds);
    }
}
