package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One printed line of what a plan does. */
@Schema(name = "DisasterResponseMeasure", description = "One printed line of a plan's measures, under its heading, in printed order.")
public record MeasureView(
        @Schema(description = "Stable id.", examples = "seoul:flood-2023:measure-8") String id,
        @Schema(description = "Position within the plan's measures, in printed order.", examples = "8") int ord,
        @Schema(description = "The heading the line stands under, as printed; null for a line printed before any heading.", nullable = true, examples = "중점 추진사항") String heading,
        @Schema(description = "The line as printed, with its bullet (ㅇ, -, ‣, ※, ①).", examples = "ㅇ 도심지 침수 예·경보제 마련 (전국 최초시행)") String text) {

    static MeasureView of(ResponseMeasure measure) {
        return new MeasureView(measure.id, measure.ord, measure.heading, measure.text);
    }
}
