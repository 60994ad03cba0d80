package org.sendreform.metrics.outlier;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submitted value that was stored but stands out from the measure's history, for follow-up. */
@Schema(name = "ValueFlag")
public record ValueFlag(
        @Schema(description = "The flag's id, to resolve it (absent in a dry run, which stores no flag)", example = "17") Long id,
        @Schema(description = "The row of the submission, from 1", example = "12") int row,
        @Schema(example = "EHCP-20WK") String measureCode,
        @Schema(example = "FY2026-27-Q2") String period,
        @Schema(example = "all") String disaggregation,
        @Schema(example = "97") BigDecimal value,
        @Schema(description = "Median of the values before it", example = "41.5") BigDecimal median,
        @Schema(description = "Modified z-score; absent when the history is constant", example = "12.4") BigDecimal score,
        @Schema(example = "modified z-score 12.4 against the median 41.5 of the last 8 values (flagged above 3.5)") String reason) {
}
