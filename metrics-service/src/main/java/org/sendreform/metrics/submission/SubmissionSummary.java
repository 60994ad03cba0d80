package org.sendreform.metrics.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.metrics.outlier.ValueFlag;

/** What a submission did, value by value counted: the answer to a POST and to a later GET. */
@Schema(name = "SubmissionSummary")
public record SubmissionSummary(
        @Schema(description = "Absent for a dry run, which stores nothing") UUID id,
        Instant receivedAt,
        @Schema(example = "coventry-la-send") String org,
        Mode mode,
        boolean atomic,
        boolean dryRun,
        @Schema(description = "Rows received", example = "3") int received,
        @Schema(description = "New values stored (or, in a dry run, that would be)", example = "2") int imported,
        @Schema(description = "Stored values changed", example = "1") int updated,
        @Schema(description = "Rows equal to what is stored", example = "0") int unchanged,
        @Schema(description = "Values removed because a snapshot left them out", example = "0") int removed,
        @Schema(description = "Rows refused", example = "0") int rejected,
        List<Rejection> rejections,
        @Schema(description = "Values stored (or, in a dry run, that would be) but flagged as outliers against the "
                + "measure's history, for follow-up at /api/v1/flags", example = "1") int flagged,
        List<ValueFlag> flags) {

    /** The same summary with the flags as stored (with their ids). */
    public SubmissionSummary withFlags(List<ValueFlag> stored) {
        return new SubmissionSummary(id, receivedAt, org, mode, atomic, dryRun, received, imported, updated, unchanged, removed,
                rejected, rejections, stored.size(), stored);
    }

    public enum Mode {
        UPSERT, SNAPSHOT
    }
}
