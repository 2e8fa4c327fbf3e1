package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage as listed inside its plan. */
@Schema(name = "DisasterResponseStageSummary", description = "A stage of the plan; the full stage is at /api/v1/disaster-response-stages/{id}.")
public record StageSummaryView(
        @Schema(description = "Stable id of the stage.", examples = "seoul:flood-2023:stage-1") String id,
        @Schema(description = "Position of the stage within its plan, from 1 (평시).", examples = "3") int stageOrder,
        @Schema(description = "Stable code of the stage.", examples = "STAGE_1") StageCode code,
        @Schema(description = "Name of the stage as printed.", examples = "1단계") String name,
        @Schema(description = "Crisis alert level (위기경보) of the stage.", examples = "CAUTION") AlertLevel alertLevel,
        @Schema(description = "Korean label of the alert level.", examples = "주의") String alertLevelLabel,
        @Schema(description = "Rank of the alert level in crisis order: 1 관심, 2 주의, 3 경계, 4 심각.", minimum = "1", maximum = "4", examples = "2") int alertLevelRank,
        @Schema(description = "What puts the plan into this stage, as printed; null for 평시, for which the source prints no trigger.", nullable = true, examples = "호우주의보") String trigger,
        @Schema(description = "Who is on duty in this stage; null where the source prints no staffing.", nullable = true) StaffingView staffing) {

    static StageSummaryView of(ResponseStage stage) {
        return new StageSummaryView(stage.id, stage.stageOrder, stage.code, stage.name, stage.alertLevel,
                stage.alertLevelLabel, stage.alertLevel.rank(), stage.triggerText, StaffingView.of(stage));
    }
}
