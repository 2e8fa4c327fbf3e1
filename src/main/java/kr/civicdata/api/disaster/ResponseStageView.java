package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** A response stage as the stages collection sends it, with its plan. */
@Schema(name = "DisasterResponseStage", description = "One stage of a disaster response plan (e.g. 풍수해: 평시, 보강, 1단계, 2단계, 3단계) with its alert level, trigger and staffing, and the plan it belongs to.")
public record ResponseStageView(
        @Schema(description = "Stable id: {plan id}:{stage}.", examples = "seoul:flood-2023:stage-1") String id,
        @Schema(description = "Id of the plan the stage belongs to; the value of the `plan` filter.", examples = "seoul:flood-2023") String planId,
        @Schema(description = "Position of the stage within its plan, from 1 (평시), in printed order.", examples = "3") int stageOrder,
        @Schema(description = "Stable code of the stage.", examples = "STAGE_1") StageCode code,
        @Schema(description = "Name of the stage as printed (without the spaces the source sets between letters).", examples = "1단계") String name,
        @Schema(description = "Crisis alert level (위기경보) of the stage.", examples = "CAUTION") AlertLevel alertLevel,
        @Schema(description = "Korean label of the alert level.", examples = "주의") String alertLevelLabel,
        @Schema(description = "Rank of the alert level in crisis order: 1 관심, 2 주의, 3 경계, 4 심각.", minimum = "1", maximum = "4", examples = "2") int alertLevelRank,
        @Schema(description = "What puts the plan into this stage, as printed in brackets under the stage name. Null for 평시: it is the normal state, and the source prints no trigger for it.", nullable = true, examples = "호우주의보") String trigger,
        @Schema(description = "Who is on duty in this stage; null where the source prints no staffing.", nullable = true) StaffingView staffing,
        @Schema(description = "The plan the stage belongs to.") PlanSummaryView plan,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {

    static ResponseStageView of(ResponseStage stage, ResponsePlan plan, ProvenanceView provenance) {
        return new ResponseStageView(stage.id, stage.planId, stage.stageOrder, stage.code, stage.name,
                stage.alertLevel, stage.alertLevelLabel, stage.alertLevel.rank(), stage.triggerText,
                StaffingView.of(stage), PlanSummaryView.of(plan), provenance);
    }
}
