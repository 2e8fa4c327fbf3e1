package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;
import kr.civicdata.api.money.AmountStatus;

/** One published figure beside the figure recomputed from the document's own figures. */
@Schema(name = "ConsistencyCheck", description = "One published figure next to the same figure recomputed from the document's own figures, and whether they agree.")
public record ConsistencyCheckView(
        @Schema(description = "Stable readable id: the id of the row holding the published value, the column where a row holds several, and the check.", examples = "gwangju-seo:total:2022-2023:sum-of-pledges") String id,
        @Schema(description = "MATCH or MISMATCH. Amounts match only when exactly equal; a rate matches when the recomputed rate, rounded half-up to the decimals printed, equals the printed one.", examples = "MISMATCH") CheckStatus status,
        @Schema(description = "Korean label of status.", examples = "불일치") String statusLabel,
        @Schema(description = "What is recomputed: GRAND_TOTAL, PARENT_SUM, ROW_TOTAL, REMAINDER, RATE, FIGURE_SUM, FIGURE_DIFFERENCE, FIGURE_PRODUCT or FIGURE_GROWTH_RATE.", examples = "GRAND_TOTAL") CheckKind kind,
        @Schema(description = "Korean label of kind.", examples = "총계 = 공약 합계") String kindLabel,
        @Schema(description = "Id of the government that published the figure.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "Id of the dataset (table or section of a source document) the figure is printed in.", examples = "gwangju-seo-pledge-plan") String datasetId,
        @Schema(description = "Where the published value is printed and kept.") CheckLocationView where,
        @Schema(description = "The value as printed, in unit; null where the source printed - or 비예산 (see publishedValueStatus).", nullable = true, examples = "57421.4") BigDecimal publishedValue,
        @Schema(description = "The value recomputed from the parts, in unit; a rate rounded to precision. Null where no part holds a number: the check then compares publishedValueStatus with computedValueStatus.", nullable = true, examples = "57421.35") BigDecimal computedValue,
        @Schema(description = "publishedValue − computedValue; 0 for a match, null where either is not a number.", nullable = true, examples = "0.05") BigDecimal difference,
        @Schema(description = "Unit code of the values: MILLION_KRW, THOUSAND_KRW, HUNDRED_MILLION_KRW, PERCENT, PERSON, COUNT, TEAM, ...", examples = "MILLION_KRW") String unit,
        @Schema(description = "The unit as printed.", examples = "백만원") String unitLabel,
        @Schema(description = "Decimals of a printed rate, to which the recomputed rate is rounded half-up; null for amounts and counts, which must match exactly.", nullable = true, examples = "1") Integer precision,
        @Schema(description = "AMOUNT (a number was printed), NONE (-) or NON_BUDGET (비예산).", examples = "AMOUNT") AmountStatus publishedValueStatus,
        @Schema(description = "Korean label of publishedValueStatus.", examples = "금액") String publishedValueStatusLabel,
        @Schema(description = "AMOUNT when at least one part holds a number (- and 비예산 add nothing); when none does, NON_BUDGET if every part is 비예산, else NONE.", examples = "AMOUNT") AmountStatus computedValueStatus,
        @Schema(description = "Korean label of computedValueStatus.", examples = "금액") String computedValueStatusLabel,
        @Schema(description = "publishedValue in won, exact; null when the unit is not money or the value is null.", nullable = true, examples = "57421400000") BigDecimal publishedValueKrw,
        @Schema(description = "computedValue in won, exact; null when the unit is not money or the value is null.", nullable = true, examples = "57421350000") BigDecimal computedValueKrw,
        @Schema(description = "difference in won, exact; null when the unit is not money or the difference is null.", nullable = true, examples = "50000") BigDecimal differenceKrw,
        @Schema(description = "What is compared, in plain words with the labels as printed.", examples = "총 계 (2022~2023) as printed against the sum of the 21 top-level pledges (1-1 … 5-3) in 2022~2023; sub-pledges are not added again, since a pledge's amount includes them.") String description,
        @Schema(description = "The computation with the printed values, as a reader can redo it.", examples = "565 + 224 + 1,146 + … = 57,421.35") String formula,
        @Schema(description = "The printed values the computed value is made of, in the order of the formula (JSON only; the CSV leaves this list out, the formula column shows it).") List<CheckPartView> parts,
        @Schema(description = "Where the published figure comes from.") ProvenanceView provenance) {
}
