package kr.civicdata.api.achievement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.civicdata.api.catalog.ProvenanceView;

/** An achievement as a row of the collection (JSON and CSV). */
@Schema(name = "Achievement", description = "A dated accomplishment, best-practice case, milestone, award or plan item, as printed in its source document.")
public record AchievementView(
        @Schema(description = "Stable readable id: {government}:{code}.", examples = "incheon-seo:case-3:m-2") String id,
        @Schema(description = "Id of the government the item belongs to.", examples = "incheon-seo") String governmentId,
        @Schema(description = "Id of the dataset (source document section) the item comes from.", examples = "incheon-seo-proactive-2023h1") String datasetId,
        @Schema(description = "Id of the item this one belongs to (the case of a milestone, the report of an award); null for a top-level item.", nullable = true, examples = "incheon-seo:case-3") String parentId,
        @Schema(description = "What the item is, as a stable code.") AchievementKind kind,
        @Schema(description = "Korean label of the kind.", examples = "추진사항") String kindLabel,
        @Schema(description = "The word the source prints for this item (간담회, 현안회의 ...), as printed.", examples = "추진사항") String printedLabel,
        @Schema(description = "Title as printed.", examples = "공유용기 식기세척센터 구축 및 운영") String title,
        @Schema(description = "Text printed with the item (place, participants, contents), lines separated by \\n; null where the source prints only a title.", nullable = true, examples = "∘ 일시/장소 : ’23. 5. 8.(월) 07:50 / 여의도역~동작역(9호선)") String body,
        @Schema(description = "First day of the printed date or range; null where the source prints no date.", nullable = true, examples = "2021-07-01") LocalDate dateFrom,
        @Schema(description = "Last day of the printed date or range (the end of the month or year for an end printed to the month or year); null for an open-ended range (printed `2022.3 ~`) and where the source prints no date.", nullable = true, examples = "2022-02-28") LocalDate dateTo,
        @Schema(description = "How precisely the source prints the date: DAY, PART_OF_MONTH (a part of a month without a day, such as `’23. 10월 말`, over the whole month), MONTH or YEAR. For a range whose ends are printed differently (`2022.4.~ 2023`), the coarser of the two (dateFromPrecision, dateToPrecision). Null where the source prints no date.", nullable = true) DatePrecision datePrecision,
        @Schema(description = "How precisely the start of the date or range is printed (`2022.4.~ 2023`: MONTH); null where the source prints no date.", nullable = true) DatePrecision dateFromPrecision,
        @Schema(description = "How precisely the end of the date or range is printed (`2022.4.~ 2023`: YEAR, so dateTo is the year's last day); the start's for a single date; null for an open-ended range (printed `2022.3 ~`) and where the source prints no date.", nullable = true) DatePrecision dateToPrecision,
        @Schema(description = "The date exactly as printed; null where the source prints none. Relative dates such as 지난해 are resolved in dateFrom/dateTo and kept here.", nullable = true, examples = "2021.7.~2022.2") String dateText,
        @Schema(description = "Section or heading path the item is printed under, as printed; null where the item stands under no heading.", nullable = true, examples = "추진사항") String section,
        @Schema(description = "Position of the item in its source document, within its dataset.", examples = "5") int ord,
        @Schema(description = "Where the item comes from.") ProvenanceView provenance,
        @Schema(description = "The printed parts of a best-practice case (002), in order; empty for other items. JSON only: the CSV leaves this list out.") List<AchievementSectionView> sections) {

    static AchievementView of(Achievement achievement, ProvenanceView provenance,
            List<AchievementSectionView> sections) {
        return new AchievementView(achievement.id, achievement.governmentId, achievement.datasetId,
                achievement.parentId, achievement.kind, achievement.kind.label(), achievement.printedLabel,
                achievement.title, achievement.body, achievement.dateFrom, achievement.dateTo,
                achievement.datePrecision, achievement.dateFromPrecision, achievement.dateToPrecision,
                achievement.dateText, achievement.section, achievement.ord, provenance,
                sections);
    }
}
