package kr.civicdata.api.disaster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kr.civicdata.api.catalog.Provenances;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;

/**
 * Puts plans, stages, criteria and measures together into what the resources send. A page costs a fixed number of
 * queries: the page itself, then one query per kind of child for all its rows (never one per row).
 */
@ApplicationScoped
public class DisasterResponses {

    @Inject
    ResponsePlanRepository plans;

    @Inject
    ResponseStageRepository stages;

    @Inject
    ResponseCriterionRepository criteria;

    @Inject
    ResponseMeasureRepository measures;

    @Inject
    Provenances provenances;

    /** One page of stages, each with its plan. */
    public Page<ResponseStageView> stages(Selection selection, PageRequest page) {
        Page<ResponseStage> found = stages.search(selection, page);
        Map<String, ResponsePlan> byId = plans.byIds(found.rows().stream().map(s -> s.planId)
                .collect(Collectors.toSet()));
        return found.withRows(found.rows().stream().map(stage -> stageView(stage, byId.get(stage.planId))).toList());
    }

    /** One stage with its plan and the plan's criteria and measures. */
    public Optional<ResponseStageDetailView> stage(String id) {
        return stages.findByIdOptional(id).map(stage -> {
            ResponsePlan plan = plans.findById(stage.planId);
            Set<String> planIds = Set.of(plan.id);
            return ResponseStageDetailView.of(stageView(stage, plan),
                    criteria.ofPlans(planIds).stream().map(CriterionView::of).toList(),
                    measures.ofPlans(planIds).stream().map(MeasureView::of).toList());
        });
    }

    /** One page of plans, each with its stages, criteria and measures. */
    public Page<ResponsePlanView> plans(Selection selection, PageRequest page) {
        Page<ResponsePlan> found = plans.search(selection, page);
        return found.withRows(planViews(found.rows()));
    }

    /** One plan with its stages, criteria and measures. */
    public Optional<ResponsePlanView> plan(String id) {
        return plans.findByIdOptional(id).map(plan -> planViews(List.of(plan)).get(0));
    }

    private ResponseStageView stageView(ResponseStage stage, ResponsePlan plan) {
        return ResponseStageView.of(stage, plan, provenances.of(plan.datasetId));
    }

    private List<ResponsePlanView> planViews(List<ResponsePlan> rows) {
        Set<String> ids = rows.stream().map(plan -> plan.id).collect(Collectors.toSet());
        Map<String, List<StageSummaryView>> stagesByPlan = groupByPlan(stages.ofPlans(ids), s -> s.planId,
                StageSummaryView::of);
        Map<String, List<CriterionView>> criteriaByPlan = groupByPlan(criteria.ofPlans(ids), c -> c.planId,
                CriterionView::of);
        Map<String, List<MeasureView>> measuresByPlan = groupByPlan(measures.ofPlans(ids), m -> m.planId,
                MeasureView::of);
        return rows.stream().map(plan -> ResponsePlanView.of(plan,
                stagesByPlan.getOrDefault(plan.id, List.of()),
                criteriaByPlan.getOrDefault(plan.id, List.of()),
                measuresByPlan.getOrDefault(plan.id, List.of()),
                provenances.of(plan.datasetId))).toList();
    }

    /** Groups children (already in order) by their plan, keeping the order. */
    private static <E, V> Map<String, List<V>> groupByPlan(List<E> children, Function<E, String> planId,
            Function<E, V> view) {
        return children.stream().collect(Collectors.groupingBy(planId,
                Collectors.mapping(view, Collectors.toList())));
    }
}
