package kr.civicdata.api.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dataset with its field dictionary. */
@Schema(name = "DatasetDetail", description = "One dataset of the catalog with its field dictionary: every field of the API resources that serve it.")
public record DatasetDetailView(
        @Schema(description = "Stable readable id; the value of every `dataset` filter and of provenance.datasetId.", examples = "gwangju-seo-pledge-plan") String id,
        @Schema(description = "Id of the government that published the source.", examples = "gwangju-seo") String governmentId,
        @Schema(description = "Title of the table or document as printed.", examples = "연차별 투자계획") String title,
        @Schema(description = "File name of the source document.", examples = "001_7fc74de1de420957.txt") String sourceDocument,
        @Schema(description = "Section or table title as printed, as a path of headings; null where the dataset is a whole document with no section title.", nullable = true, examples = "매니페스토(공약) > 공약투자계획 > 연차별 투자계획") String sourceSection,
        @Schema(description = "Publisher as printed or evident from the document; null where the source (a news article) does not say.", nullable = true, examples = "광주광역시 서구") String publisher,
        @Schema(description = "The as-of date the source prints for its figures; null where it prints none.", nullable = true, examples = "2023-06-12") LocalDate asOf,
        @Schema(description = "The as-of date as printed; null where the source prints none.", nullable = true, examples = "′23.6.12.") String asOfText,
        @Schema(description = "The period the source covers, as printed; null where it states none.", nullable = true, examples = "민선8기") String periodText,
        @Schema(description = "Unit of the dataset's amounts or counts, as a code; null where the dataset is text (cases, plans) or its rows carry their own units.", nullable = true, enumeration = {
                "MILLION_KRW", "THOUSAND_KRW", "PERSON"}, examples = "MILLION_KRW") String unit,
        @Schema(description = "Korean label of the unit as printed; null with unit.", nullable = true, examples = "백만원") String unitLabel,
        @Schema(description = "Licence of the source; null because none of the source documents states a licence.", nullable = true) String licenceNote,
        @Schema(description = "What the dataset holds, in English.", examples = "Yearly investment plan of the 민선8기 election pledges of the head of 광주광역시 서구 (구청장 김이강).") String description,
        @Schema(description = "Rows of this dataset the API serves, across all its resources (for the pledge plan: pledges, yearly investments and published totals).", examples = "315") long rowCount,
        @Schema(description = "When the data was last loaded into the database.", examples = "2025-11-22T02:10:11.123456Z") Instant loadedAt,
        @Schema(description = "The field dictionary: every field of the resources that serve this dataset, resource by resource.") List<DatasetFieldView> fields){

    static DatasetDetailView of(DatasetView dataset, List<DatasetFieldView> fields) {
        return new DatasetDetailView(dataset.id(), dataset.governmentId(), dataset.title(), dataset.sourceDocument(),
                dataset.sourceSection(), dataset.publisher(), dataset.asOf(), dataset.asOfText(),
                dataset.periodText(), dataset.unit(), dataset.unitLabel(), dataset.licenceNote(),
                dataset.description(), dataset.rowCount(), dataset.loadedAt(), fields);
    }
}
