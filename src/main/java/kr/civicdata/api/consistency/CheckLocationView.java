package kr.civicdata.api.consistency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the published value of a check is printed, and where the data keeps it. */
@Schema(name = "ConsistencyCheckLocation", description = "Where the published value is: the table and row of the bundled data holding it, with the row and column as printed.")
public record CheckLocationView(
        @Schema(description = "Table of the bundled data (and of its CSV file) holding the published value: pledge, investment, published_total, execution_line or figure.", examples = "published_total") String table,
        @Schema(description = "Id of the row holding the published value.", examples = "gwangju-seo:total:2022-2023") String rowId,
        @Schema(description = "The row as printed: a pledge's code and title, an item name (과목), a figure's label with its qualifier.", examples = "총 계") String rowLabel,
        @Schema(description = "Column of that row holding the published value, as in the bundled CSV file.", examples = "amount") String column,
        @Schema(description = "The column heading as printed (총계, 2022~2023, 예산액, 불용률(E/A), ...); null for a figure of the text, which has no column.", nullable = true, examples = "2022~2023") String columnLabel) {
}
