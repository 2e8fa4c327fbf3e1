package kr.civicdata.api.disaster;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

/** Reads response stages. */
@ApplicationScoped
public class ResponseStageRepository implements PanacheRepositoryBase<ResponseStage, String> {

    /** Sort expression of the {@code alertLevel} sort: crisis order (관심 < 주의 < 경계 < 심각), not the codes' spelling. */
    private static final String ALERT_LEVEL_ORDER = "alertLevelRank";

    /**
     * The filters and sorts of /api/v1/disaster-response-stages, in HQL over the stage. The government and hazard
     * are the plan's, filtered by a subquery so that the page stays one query.
     */
    public static final Filters FILTERS = Filters.builder()
            .filter("government", ValueType.id(),
                    Condition.of("planId in (select p.id from ResponsePlan p where p.governmentId = :value)"),
                    "Id of the government whose plans' stages to list.", "seoul")
            .filter("hazard", ValueType.enumeration(Hazard.class),
                    Condition.of("planId in (select p.id from ResponsePlan p where p.hazard = :value)"),
                    "The hazard of the plan: FLOOD (풍수해) or HEATWAVE (폭염).", "FLOOD")
            .filter("alertLevel", ValueType.enumeration(AlertLevel.class), Condition.equal("alertLevel"),
                    "Crisis alert level (위기경보): ATTENTION (관심), CAUTION (주의), ALERT (경계) or SERIOUS (심각).",
                    "CAUTION")
            .filter("plan", ValueType.id(), Condition.equal("planId"), "Id of the plan.", "seoul:flood-2023")
            .sort("stageOrder", null, "stageOrder")
            .sort("alertLevel", "in crisis order 관심 < 주의 < 경계 < 심각, not alphabetical", ALERT_LEVEL_ORDER)
            .sort("staffingPersons", "stages without a count last", "staffingPersons")
            .sortExample("-alertLevel")
            .build();

    /** Stages matching the filters, one page of them; by default plan by plan, each in stage order. */
    public Page<ResponseStage> search(Selection selection, PageRequest page) {
        return Paging.page(this, "ResponseStage", selection, Sort.by("planId").and("stageOrder"),
                Set.of("staffingPersons"), page, stage -> stage.id, Function.identity());
    }

    /** The stages of these plans in one query, plan by plan in stage order. */
    public List<ResponseStage> ofPlans(Collection<String> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1", Sort.by("planId").and("stageOrder"), planIds);
    }
}
