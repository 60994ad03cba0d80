package org.sendreform.metrics.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of one value: created, updated or removed, with who made it and when. */
@Schema(name = "ValueChange")
public record ValueChange(
        @Schema(example = "EHCP-20WK") String measureCode,
        @Schema(example = "FY2025-26") String period,
        @Schema(example = "all") String disaggregation,
        @Schema(example = "UPDATED") Change change,
        @Schema(description = "The value after the change (absent when removed)", example = "41.5") BigDecimal value,
        @Schema(description = "The value before the change (absent when created)", example = "40") BigDecimal previousValue,
        BigDecimal numerator,
        BigDecimal denominator,
        @Schema(description = "The submitter's comment, e.g. the reason for a correction") String comment,
        @Schema(example = "coventry-la-send") String org,
        @Schema(example = "demo-la-send") String changedBy,
        Instant changedAt,
        UUID submissionId) {

    public enum Change {
        CREATED, UPDATED, REMOVED
    }
}
