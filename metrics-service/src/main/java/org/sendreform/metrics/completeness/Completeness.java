package org.sendreform.metrics.completeness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The completeness and timeliness report: what each owner was expected to send, and what came, when. */
@Schema(name = "Completeness")
public record Completeness(LocalDate asOf, LocalDate from, LocalDate to,
        @Schema(description = "Counts by standing (ON_TIME, LATE, OVERDUE, DUE) and in all") Map<String, Integer> summary,
        List<Row> rows) {

    @Schema(name = "CompletenessRow")
    public record Row(@Schema(example = "EHCP-20WK") String measureCode, String measureName,
            @Schema(example = "coventry-la-send") String owner, @Schema(example = "FY2026-27-Q2") String period,
            @Schema(description = "Values are due by this date (UK)") LocalDate dueBy,
            @Schema(description = "When the owner first sent a value for the period; absent when nothing came") Instant firstReceived,
            Expected.Standing standing,
            @Schema(description = "Days past the due date: late arrival, or overdue so far") long daysLate) {
    }
}
