package kr.civicdata.api.achievement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One printed part of a best-practice case. */
@Schema(name = "AchievementSection", description = "One printed part of a best-practice case, in the order printed.")
public record AchievementSectionView(
        @Schema(description = "Heading as printed.", examples = "현황 및 필요성") String heading,
        @Schema(description = "Text of the part as printed, lines separated by \\n.", examples = "- 코로나19 유행으로 신체활동은 감소하고 만성질환 및 우울증은 증가") String text) {

    static AchievementSectionView of(AchievementSection section) {
        return new AchievementSectionView(section.heading, section.text);
    }
}
