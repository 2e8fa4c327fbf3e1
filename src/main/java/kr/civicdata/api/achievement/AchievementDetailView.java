package kr.civicdata.api.achievement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** One achievement with its printed parts and the items that belong to it. */
@Schema(name = "AchievementDetail", description = "One achievement, with its printed parts and the items that belong to it (the milestones of a case, the awards and projects of a report).")
public record AchievementDetailView(
        @Schema(description = "Stable readable id: {government}:{code}.", examples = "incheon-seo:case-3") String id,
        @Schema(description = "Id of the government the item belongs to.", examples = "incheon-seo") String governmentId,
        @Schema(description = "Id of the dataset (source document section) the item comes from.", examples = "incheon-seo-proactive-2023h1") String datasetId,
        @Schema(description = "Id of the item this one belongs to; null for a top-level item.", nullable = true, examples = "seoul-seodaemun:report-2018") String parentId,
        @Schema(description = "What the item is, as a stable code.") AchievementKind kind,
        @Schema(description = "Korean label of the kind.", examples = "적극행정 우수사례") String kindLabel,
        @Schema(description = "The word the source prints for this item (간담회, 현안회의 ...), as printed.", examples = "적극행정 우수사례") String printedLabel,
        @Schema(description = "Title as printed.", examples = "주민이 주도하는 '스마트 순환경제 커뮤니티' 구축") String title,
        @Schema(description = "Text printed with the item, lines separated by \\n; null where the source prints only a title (a case's text is in sections).", nullable = true, examples = "∘ 일시/장소 : ’23. 5. 8.(월) 07:50 / 여의도역~동작역(9호선)") String body,
        @Schema(description = "First day of the printed date or range; null where the source prints no date.", nullable = true, examples = "2021-07-01") LocalDate dateFrom,
        @Schema(description = "Last day of the printed date or range (the end of the month or year for an end printed to the month or year); null for an open-ended range (printed `2022.3 ~`) and where the source prints no date.", nullable = true, examples = "2022-02-28") LocalDate dateTo,
        @Schema(description = "How precisely the source prints the date: DAY, PART_OF_MONTH (a part of a month without a day, such as `’23. 10월 말`, over the whole month), MONTH or YEAR. For a range whose ends are printed differently (`2022.4.~ 2023`), the coarser of the two (dateFromPrecision, dateToPrecision). Null where the source prints no date.", nullable = true) DatePrecision datePrecision,
        @Schema(description = "How precisely the start of the date or range is printed (`2022.4.~ 2023`: MONTH); null where the source prints no date.", nullable = true) DatePrecision dateFromPrecision,
        @Schema(description = "How precisely the end of the date or range is printed (`2022.4.~ 2023`: YEAR, so dateTo is the year's last day); the start's for a single date; null for an open-ended range (printed `2022.3 ~`) and where the source prints no date.", nullable = true) DatePrecision dateToPrecision,
        @Schema(description = "The date exactly as printed; null where the source prints none.", nullable = true, examples = "2021.7.~2022.2") String dateText,
        @Schema(description = "Section or heading path the item is printed under, as printed; null where the item stands under no heading.", nullable = true, examples = "2023 상반기 적극행정 우수사례") String section,
        @Schema(description = "Position of the item in its source document, within its dataset.", examples = "3") int ord,
        @Schema(description = "Where the item comes from.") ProvenanceView provenance,
        @Schema(description = "The printed parts of a best-practice case (002), in order; empty for other items.") List<AchievementSectionView> sections,
        @Schema(description = "The items that belong to this one, in the order printed; empty when none.") List<AchievementChildView> children) {

    static AchievementDetailView of(AchievementView row, List<AchievementChildView> children) {
        return new AchievementDetailView(row.id(), row.governmentId(), row.datasetId(), row.parentId(), row.kind(),
                row.kindLabel(), row.printedLabel(), row.title(), row.body(), row.dateFrom(), row.dateTo(),
                row.datePrecision(), row.dateFromPrecision(), row.dateToPrecision(), row.dateText(), row.section(),
                row.ord(), row.provenance(), row.sections(),
                children);
    }
}
