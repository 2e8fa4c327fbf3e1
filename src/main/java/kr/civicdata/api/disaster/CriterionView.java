package kr.civicdata.api.disaster;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a plan, with its threshold where the source prints one. */
@Schema(name = "DisasterResponseCriterion", description = "A criterion of a plan: a flood-forecast (침수예보) threshold, the road-control depth, the 폭염특보 trigger, ... A line that names several thresholds gives one criterion per threshold, each carrying the whole line.")
public record CriterionView(
        @Schema(description = "Stable id.", examples = "seoul:flood-2023:criterion-1") String id,
        @Schema(description = "Position within the plan's criteria, in printed order.", examples = "1") int ord,
        @Schema(description = "Category as printed (the bracketed word that opens the line).", examples = "침수예보") String category,
        @Schema(description = "What is measured, as printed; null where the criterion is a judgement without a measured quantity (침수경보, 폭염특보).", nullable = true, examples = "1시간 강우량") String measure,
        @Schema(description = "The threshold as printed, as a number; null where the source prints none.", nullable = true, examples = "55") BigDecimal thresholdValue,
        @Schema(description = "Unit of the threshold as printed (mm, cm); null where there is no threshold.", nullable = true, examples = "mm") String thresholdUnit,
        @Schema(description = "The condition as printed (중 1개 이상 해당시: any one of the thresholds; 초과시: above it); null where the line states none.", nullable = true, examples = "중 1개 이상 해당시") String conditionText,
        @Schema(description = "The whole printed line (or lines) the criterion comes from.", examples = "(침수예보) 1시간 강우량 55mm, 15분 강우량 20mm, 도로침수심 15cm 중 1개 이상 해당시") String text) {

    static CriterionView of(ResponseCriterion criterion) {
        return new CriterionView(criterion.id, criterion.ord, criterion.category, criterion.measure,
                criterion.thresholdValue, criterion.thresholdUnit, criterion.conditionText, criterion.text);
    }
}
