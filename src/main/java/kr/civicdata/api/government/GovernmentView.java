package kr.civicdata.api.government;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A government as the API sends it. */
@Schema(name = "Government", description = "A local government the data covers.")
public record GovernmentView(
        @Schema(description = "Stable readable id; the value of every `government` filter.", examples = "gwangju-seo") String id,
        @Schema(description = "Official name, in Korean.", examples = "광주광역시 서구") String name,
        @Schema(description = "METROPOLITAN (광역자치단체) or BASIC (기초자치단체).") GovernmentLevel level,
        @Schema(description = "Korean label of the level.", examples = "기초") String levelLabel,
        @Schema(description = "Standard administrative code: 5-digit 시군구 code, or 2-digit 시도 code for a 광역.", examples = "29140") String adminCode,
        @Schema(description = "The 광역 government this one belongs to, when the API covers it; null otherwise.", nullable = true, examples = "seoul") String parentId) {

    static GovernmentView of(Government government) {
        return new GovernmentView(government.id, government.name, government.level, government.levelLabel,
                government.adminCode, government.parentId);
    }
}
