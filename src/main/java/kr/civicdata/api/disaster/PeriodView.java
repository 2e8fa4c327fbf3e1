package kr.civicdata.api.disaster;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date range, both ends inclusive. */
@Schema(name = "DisasterResponsePeriod", description = "A date range, both ends inclusive.")
public record PeriodView(
        @Schema(description = "First day.", examples = "2023-04-15") LocalDate from,
        @Schema(description = "Last day.", examples = "2023-05-14") LocalDate to) {

    /** The range, or null when the source gives neither end. */
    static PeriodView of(LocalDate from, LocalDate to) {
        return from == null && to == null ? null : new PeriodView(from, to);
    }
}
