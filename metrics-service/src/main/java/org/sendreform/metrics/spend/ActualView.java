package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Actual spend as stored now: the latest amount of one quarter, category and condition bucket. */
@Schema(name = "ActualSpend")
public record ActualView(@Schema(example = "FY2026-27") String year, @Schema(example = "FY2026-27-Q2") String quarter,
        @Schema(example = "WORKFORCE") String category, ConditionBucket conditionBucket,
        @Schema(example = "584250.75") BigDecimal amount, String comment, @Schema(example = "coventry-la-finance") String org,
        UUID submissionId, Instant updatedAt) {

    static ActualView of(SpendActual a) {
        return new ActualView(a.year, a.quarter, a.category, a.bucket, a.amount, a.comment, a.org, a.submissionId, a.updatedAt);
    }
}
