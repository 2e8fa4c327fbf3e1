package kr.civicdata.api.disaster;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** A single response stage, with the criteria and measures of its plan. */
@Schema(name = "DisasterResponseStageDetail", description = "One stage of a disaster response plan, as in the collection, plus the criteria (e.g. the 침수예보 thresholds) and measures of its plan.")
public record ResponseStageDetailView(
        @Schema(description = "Stable id: {plan id}:{stage}.", examples = "seoul:flood-2023:stage-1") String id,
        @Schema(description = "Id of the plan the stage belongs to.", examples = "seoul:flood-2023") String planId,
        @Schema(description = "Position of the stage within its plan, from 1 (평시), in printed order.", examples = "3") int stageOrder,
        @Schema(description = "Stable code of the stage.", examples = "STAGE_1") StageCode code,
        @Schema(description = "Name of the stage as printed (without the spaces the source sets between letters).", examples = "1단계") String name,
        @Schema(description = "Crisis alert level (위기경보) of the stage.", examples = "CAUTION") AlertLevel alertLevel,
        @Schema(description = "Korean label of the alert level.", examples = "주의") String alertLevelLabel,
        @Schema(description = "Rank of the alert level in crisis order: 1 관심, 2 주의, 3 경계, 4 심각.", minimum = "1", maximum = "4", examples = "2") int alertLevelRank,
        @Schema(description = "What puts the plan into this stage, as printed in brackets under the stage name. Null for 평시: it is the normal state, and the source prints no trigger for it.", nullable = true, examples = "호우주의보") String trigger,
        @Schema(description = "Who is on duty in this stage; null where the source prints no staffing.", nullable = true) StaffingView staffing,
        @Schema(description = "The plan the stage belongs to.") PlanSummaryView plan,
        @Schema(description = "The criteria of the plan (thresholds and conditions), in printed order.") List<CriterionView> criteria,
        @Schema(description = "The measures of the plan, in printed order.") List<MeasureView> measures,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {

    static ResponseStageDetailView of(ResponseStageView stage, List<CriterionView> criteria,
            List<MeasureView> measures) {
        return new ResponseStageDetailView(stage.id(), stage.planId(), stage.stageOrder(), stage.code(), stage.name(),
                stage.alertLevel(), stage.alertLevelLabel(), stage.alertLevelRank(), stage.trigger(), stage.staffing(),
                stage.plan(), criteria, measures, stage.provenance());
    }
}
