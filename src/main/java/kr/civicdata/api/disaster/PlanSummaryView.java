package kr.civicdata.api.disaster;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The plan a stage belongs to, as carried inside each stage. */
@Schema(name = "DisasterResponsePlanSummary", description = "The response plan a stage belongs to. Its criteria and measures are at /api/v1/disaster-response-plans/{id}.")
public record PlanSummaryView(
        @Schema(description = "Id of the plan.", examples = "seoul:flood-2023") String id,
        @Schema(description = "Id of the government whose plan it is.", examples = "seoul") String governmentId,
        @Schema(description = "The hazard: FLOOD (풍수해) or HEATWAVE (폭염).", examples = "FLOOD") Hazard hazard,
        @Schema(description = "Korean label of the hazard.", examples = "풍수해") String hazardLabel,
        @Schema(description = "Title of the plan as printed.", examples = "여름철 풍수해 수방대책") String title,
        @Schema(description = "First day of the operating period (기간); null where the source prints no operating period.", nullable = true, examples = "2023-05-15") LocalDate operatingFrom,
        @Schema(description = "Last day of the operating period (기간); null where the source prints no operating period.", nullable = true, examples = "2023-10-15") LocalDate operatingTo,
        @Schema(description = "The operating period as printed, with the standby periods where printed; null where the source prints no operating period.", nullable = true, examples = "'23. 5. 15. ~ 10. 15.(예비 4.15~5.14 / 10.16~11.15)") String operatingText,
        @Schema(description = "Standby period (예비) before the operating period; null where the source prints none (the 폭염 plan).", nullable = true) PeriodView standbyBefore,
        @Schema(description = "Standby period (예비) after the operating period; null where the source prints none (the 폭염 plan).", nullable = true) PeriodView standbyAfter) {

    static PlanSummaryView of(ResponsePlan plan) {
        return new PlanSummaryView(plan.id, plan.governmentId, plan.hazard, plan.hazardLabel, plan.title,
                plan.operatingFrom, plan.operatingTo, plan.operatingText,
                PeriodView.of(plan.standbyBeforeFrom, plan.standbyBeforeTo),
                PeriodView.of(plan.standbyAfterFrom, plan.standbyAfterTo));
    }
}
