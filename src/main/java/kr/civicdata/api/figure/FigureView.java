package kr.civicdata.api.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** A figure as the API sends it. */
@Schema(name = "Figure", description = "A figure printed in a source document: a headcount of the 인력 현황 table, a population, a budget, a count or a rate, with the text as printed beside the number.")
public record FigureView(
        @Schema(description = "Stable readable id.", examples = "seoul:staffing-2023:current:general-grade-2-3") String id,
        @Schema(description = "Id of the government (see /api/v1/governments).", examples = "seoul") String governmentId,
        @Schema(description = "Id of the dataset (see /api/v1/datasets); the value of the `dataset` filter.", examples = "seoul-report-2023-staffing") String datasetId,
        @Schema(description = "Section or table the figure is printed in, as printed (nested headings joined with ` > `); null where the source has no heading for it.", nullable = true, examples = "2 인 력 현 황 (기준 / 단위 : ′23.6.12. / 명)") String section,
        @Schema(description = "What the figure is of, as printed (a row or column heading, or the words beside the number).", examples = "2․3급") String label,
        @Schema(description = "The column or the word that qualifies the figure, as printed (정원, 현원, 이전, 증가, 총, 최대, 이하 ...); 이상 and 이하 for the two ends of a range printed as one figure (만 19~39세 is 19 이상 and 39 이하); null where the source prints none.", nullable = true, examples = "현원") String qualifier,
        @Schema(description = "The number as printed, in the figure's unit (32만6,359명 is 326359); null where the source prints `-`.", nullable = true, examples = "1") BigDecimal value,
        @Schema(description = "The figure exactly as printed, with its unit and any remark.", examples = "1(2급)") String valueText,
        @Schema(description = "What the value counts or measures.", examples = "PERSON") FigureUnit unit,
        @Schema(description = "The unit as printed beside the value (명, 억원, 개소 ...); null where the source prints none.", nullable = true, examples = "명") String unitLabel,
        @Schema(description = "The value in won, for a money unit (KRW, THOUSAND_KRW, MILLION_KRW, HUNDRED_MILLION_KRW); null for other units and where value is null.", nullable = true, examples = "477200000000") BigDecimal valueKrw,
        @Schema(description = "The date the figure is as of, where the source prints one; null otherwise.", nullable = true, examples = "2023-06-12") LocalDate asOf,
        @Schema(description = "The date or period printed with the figure, as printed (′23.6.12., 지난해, ’23.1.~6.12.); null where none is printed.", nullable = true, examples = "′23.6.12.") String dateText,
        @Schema(description = "Position of the figure in its dataset, in printed order, from 1.", examples = "15") int ord,
        @Schema(description = "Where the figure comes from.") ProvenanceView provenance) {

    static FigureView of(Figure figure, ProvenanceView provenance) {
        return new FigureView(figure.id, figure.governmentId, figure.datasetId, figure.section, figure.label,
                figure.qualifier, figure.value, figure.valueText, figure.unit, figure.unitLabel,
                figure.unit.toKrw(figure.value), figure.asOf, figure.dateText, figure.ord, provenance);
    }
}
