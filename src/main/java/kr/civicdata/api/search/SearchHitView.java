package kr.civicdata.api.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One resource a search term was found in. */
@Schema(name = "SearchHit", description = "A resource whose text holds the search term: what it is, its id and title, the text around the first match, and where to read it whole.")
public record SearchHitView(
        @Schema(description = "The kind of resource.", examples = "DISASTER_RESPONSE_PLAN") SearchType type,
        @Schema(description = "Id of the resource, as its collection gives it.", examples = "seoul:flood-2023") String id,
        @Schema(description = "Title of the resource as printed (for a disaster-response stage, its plan's title and the stage's name; for a figure, its label and qualifier).", examples = "여름철 풍수해 수방대책") String title,
        @Schema(description = "The printed text around the first match, from the one field it is in (title, body, trigger, measure, note ...), cut to about 40 characters on each side; … marks a cut.", examples = "…하천변 산책로 등 침수 우려 지역 통제…") String snippet,
        @Schema(description = "The resource's path in this API.", examples = "/api/v1/disaster-response-plans/seoul:flood-2023") String link) {
}
