package org.sendreform.metrics.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one row of a submission was not taken: its number (from 1, as the partner counts), the field, the reason. */
@Schema(name = "RejectedRow")
public record Rejection(@Schema(example = "12") int row, @Schema(example = "value") String field,
        @Schema(example = "a percentage must be between 0 and 100") String reason) {
}
