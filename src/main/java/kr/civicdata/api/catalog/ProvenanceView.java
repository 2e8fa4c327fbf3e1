package kr.civicdata.api.catalog;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a row comes from: carried by every row of the API. */
@Schema(name = "Provenance", description = "Where a row comes from. Details of the dataset are at /api/v1/datasets/{datasetId}.")
public record ProvenanceView(
        @Schema(description = "Id of the dataset (one table or section of a source document).", examples = "gwangju-seo-pledge-plan") String datasetId,
        @Schema(description = "File name of the source document.", examples = "001_7fc74de1de420957.txt") String sourceDocument,
        @Schema(description = "Table or section title as printed in the source; null where the dataset is a whole document with no section title.", examples = "매니페스토(공약) > 공약투자계획 > 연차별 투자계획", nullable = true) String sourceSection,
        @Schema(description = "The as-of date the source prints for these figures; null where the source prints none.", nullable = true, examples = "2023-06-12") LocalDate asOf) {

    static ProvenanceView of(Dataset dataset) {
        return new ProvenanceView(dataset.id, dataset.sourceDocument, dataset.sourceSection, dataset.asOf);
    }
}
