package kr.civicdata.api.disaster;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** A response plan with its stages, criteria and measures. */
@Schema(name = "DisasterResponsePlan", description = "A government's plan for one hazard in one season (e.g. 여름철 풍수해 수방대책): operating and standby periods, basis, stages, criteria and measures. In CSV the lists (stages, criteria, measures) are omitted: one row per plan.")
public record ResponsePlanView(
        @Schema(description = "Stable id: {government}:{hazard}-{year}.", examples = "seoul:flood-2023") String id,
        @Schema(description = "Id of the government whose plan it is; the value of the `government` filter.", examples = "seoul") String governmentId,
        @Schema(description = "The hazard: FLOOD (풍수해) or HEATWAVE (폭염).", examples = "FLOOD") Hazard hazard,
        @Schema(description = "Korean label of the hazard.", examples = "풍수해") String hazardLabel,
        @Schema(description = "Title of the plan as printed.", examples = "여름철 풍수해 수방대책") String title,
        @Schema(description = "Section of the source document as printed; null where the plan stands under no section heading.", nullable = true, examples = "4  여름철 폭염피해 예방 및 풍수해 수방대책") String section,
        @Schema(description = "First day of the operating period (기간); null where the source prints no operating period.", nullable = true, examples = "2023-05-15") LocalDate operatingFrom,
        @Schema(description = "Last day of the operating period (기간); null where the source prints no operating period.", nullable = true, examples = "2023-10-15") LocalDate operatingTo,
        @Schema(description = "The operating period as printed, with the standby periods where printed; null where the source prints no operating period.", nullable = true, examples = "'23. 5. 15. ~ 10. 15.(예비 4.15~5.14 / 10.16~11.15)") String operatingText,
        @Schema(description = "Standby period (예비) before the operating period; null where the source prints none (the 폭염 plan).", nullable = true) PeriodView standbyBefore,
        @Schema(description = "Standby period (예비) after the operating period; null where the source prints none (the 폭염 plan).", nullable = true) PeriodView standbyAfter,
        @Schema(description = "How the plan is run, as printed (운영단계 of the 풍수해 plan; the 폭염특보 line of the 폭염 plan); null where the source prints none.", nullable = true, examples = "강수량에 따라 단계별 대응 ·운영") String basisText,
        @Schema(description = "The stages in order; empty where the source prints none (the 폭염 plan, whose stages are only named as 위기 단계별). Omitted in CSV.") List<StageSummaryView> stages,
        @Schema(description = "The criteria (thresholds and conditions) in printed order. Omitted in CSV.") List<CriterionView> criteria,
        @Schema(description = "The measures in printed order. Omitted in CSV.") List<MeasureView> measures,
        @Schema(description = "Where the row comes from.") ProvenanceView provenance) {

    static ResponsePlanView of(ResponsePlan plan, List<StageSummaryView> stages, List<CriterionView> criteria,
            List<MeasureView> measures, ProvenanceView provenance) {
        return new ResponsePlanView(plan.id, plan.governmentId, plan.hazard, plan.hazardLabel, plan.title,
                plan.section, plan.operatingFrom, plan.operatingTo, plan.operatingText,
                PeriodView.of(plan.standbyBeforeFrom, plan.standbyBeforeTo),
                PeriodView.of(plan.standbyAfterFrom, plan.standbyAfterTo), plan.basisText, stages, criteria, measures,
                provenance);
    }
}
