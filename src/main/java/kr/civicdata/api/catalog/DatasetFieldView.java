package kr.civicdata.api.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a dataset's field dictionary. */
@Schema(name = "DatasetField", description = "A field of an API resource that serves the dataset: its name as in the JSON and the CSV header, its type, unit and meaning.")
public record DatasetFieldView(
        @Schema(description = "The collection that serves the field, as its path under /api/v1.", examples = "pledges") String resource,
        @Schema(description = "Field name as in the JSON; a field of a nested object is written outer.inner, as in the CSV header.", examples = "totalAmount") String field,
        @Schema(description = "Type: string, integer, decimal (exact, keeps the printed decimals), boolean, date (ISO YYYY-MM-DD), code (an ASCII enumeration code), array (JSON only; not in the CSV).", examples = "decimal") String type,
        @Schema(description = "Unit of a quantity, as a code (MILLION_KRW, THOUSAND_KRW, KRW, PERCENT, PERSON); null for a field that is not a quantity or whose unit is given per row.", nullable = true, examples = "MILLION_KRW") String unit,
        @Schema(description = "What the field holds, and when it is null.", examples = "Total investment of the pledge as printed (총계 column); null when the source prints - or 비예산.") String description) {

    static DatasetFieldView of(DatasetField field) {
        return new DatasetFieldView(field.resource, field.field, field.type, field.unit, field.description);
    }
}
