package org.sendreform.metrics.spend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an actual spend submission (kept, and replayed on a retry with the same Idempotency-Key). */
@Schema(name = "ActualSpendSubmissionSummary")
public record SpendSubmissionSummary(UUID id, Instant receivedAt, @Schema(example = "coventry-la-finance") String org,
        @Schema(example = "3") int received, @Schema(example = "2") int created, @Schema(example = "1") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(description = "Each grant condition whose status the submission changed") List<StatusChange> conditionChanges) {

    @Schema(name = "GrantConditionStatusChange")
    public record StatusChange(@Schema(example = "FY2026-27") String year, ConditionBucket condition, ConditionStatus oldStatus,
            ConditionStatus newStatus) {
    }
}
