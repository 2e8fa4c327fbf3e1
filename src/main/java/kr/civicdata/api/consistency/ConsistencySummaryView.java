package kr.civicdata.api.consistency;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many published figures were recomputed and how many differ, overall and by status, government, dataset, kind. */
@Schema(name = "ConsistencySummary", description = "Counts of the checks of /api/v1/consistency: how many published figures could be recomputed from the documents' own figures and how many differ.")
public record ConsistencySummaryView(
        @Schema(description = "Checks in all: every published figure that can be recomputed.", examples = "184") long total,
        @Schema(description = "Checks whose published and computed values agree.", examples = "180") long match,
        @Schema(description = "Checks whose published and computed values differ.", examples = "4") long mismatch,
        @Schema(description = "Ids of the mismatching checks, by id; each is at /api/v1/consistency?status=MISMATCH.", examples = "[\"gwangju-seo:total:2022-2023:sum-of-pledges\"]") List<String> mismatchIds,
        @Schema(description = "Count per status, MISMATCH first.") List<StatusCount> byStatus,
        @Schema(description = "Counts per government, by id.") List<GroupCount> byGovernment,
        @Schema(description = "Counts per dataset, by id.") List<GroupCount> byDataset,
        @Schema(description = "Counts per kind of check, in the order of the kinds.") List<KindCount> byKind) {

    /** The checks with one status. */
    @Schema(name = "ConsistencyStatusCount")
    public record StatusCount(
            @Schema(description = "MISMATCH or MATCH.", examples = "MISMATCH") CheckStatus status,
            @Schema(description = "Korean label of status.", examples = "불일치") String statusLabel,
            @Schema(description = "Checks with this status.", examples = "4") long count) {
    }

    /** The checks of one government or one dataset. */
    @Schema(name = "ConsistencyGroupCount")
    public record GroupCount(
            @Schema(description = "Government id (in byGovernment) or dataset id (in byDataset).", examples = "gwangju-seo-pledge-plan") String id,
            @Schema(description = "Checks in all.", examples = "133") long total,
            @Schema(description = "Checks that match.", examples = "130") long match,
            @Schema(description = "Checks that do not.", examples = "3") long mismatch) {
    }

    /** The checks of one kind. */
    @Schema(name = "ConsistencyKindCount")
    public record KindCount(
            @Schema(description = "Kind of check.", examples = "GRAND_TOTAL") CheckKind kind,
            @Schema(description = "Korean label of kind.", examples = "총계 = 공약 합계") String kindLabel,
            @Schema(description = "Checks in all.", examples = "5") long total,
            @Schema(description = "Checks that match.", examples = "3") long match,
            @Schema(description = "Checks that do not.", examples = "2") long mismatch) {
    }
}
