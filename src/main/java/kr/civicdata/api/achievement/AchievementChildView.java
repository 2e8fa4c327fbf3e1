package kr.civicdata.api.achievement;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A child of an achievement, in brief; the whole row is at /achievements/{id}. */
@Schema(name = "AchievementChild", description = "An item that belongs to this one (a milestone of a case, an award of a report), in brief. The whole item is at /api/v1/achievements/{id}.")
public record AchievementChildView(
        @Schema(description = "Id of the child item.", examples = "incheon-seo:case-3:m-2") String id,
        @Schema(description = "What the child is, as a stable code.") AchievementKind kind,
        @Schema(description = "Korean label of the kind.", examples = "추진사항") String kindLabel,
        @Schema(description = "The word the source prints for this item (간담회, 현안회의 ...), as printed.", examples = "추진사항") String printedLabel,
        @Schema(description = "Title as printed.", examples = "공유용기 식기세척센터 구축 및 운영") String title,
        @Schema(description = "First day of the printed date or range; null where the source prints no date.", nullable = true, examples = "2021-07-01") LocalDate dateFrom,
        @Schema(description = "Last day of the printed date or range; null for an open-ended range and where the source prints no date.", nullable = true, examples = "2022-02-28") LocalDate dateTo,
        @Schema(description = "The date exactly as printed; null where the source prints none.", nullable = true, examples = "2021.7.~2022.2") String dateText) {

    static AchievementChildView of(Achievement achievement) {
        return new AchievementChildView(achievement.id, achievement.kind, achievement.kind.label(),
                achievement.printedLabel, achievement.title, achievement.dateFrom, achievement.dateTo,
                achievement.dateText);
    }
}
