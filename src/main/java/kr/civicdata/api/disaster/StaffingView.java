package kr.civicdata.api.disaster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is on duty in a stage: the printed text and the numbers read from it. */
@Schema(name = "DisasterResponseStaffing", description = "The staffing of a stage as printed under it in the source, and its parts.")
public record StaffingView(
        @Schema(description = "The staffing cell exactly as printed, its spacing kept (the source prints two spaces before the count of persons: `7개 반  30명`).", examples = "7개 반  30명") String text,
        @Schema(description = "The role the source names for the staff; null where it names none (only 보강 names one, 수방요원).", nullable = true, examples = "수방요원") String role,
        @Schema(description = "Number of teams (반); null where the source prints no teams (평시, 보강).", nullable = true, examples = "7") Integer teams,
        @Schema(description = "Number of persons (명) on duty; null where the source prints no count (it prints one for every stage of the 풍수해 plan).", nullable = true, examples = "30") Integer persons) {

    static StaffingView of(ResponseStage stage) {
        if (stage.staffingText == null && stage.staffingPersons == null && stage.staffingTeams == null) {
            return null;
        }
        return new StaffingView(stage.staffingText, stage.staffingRole, stage.staffingTeams, stage.staffingPersons);
    }
}
