package org.sendreform.metrics.comparator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.metrics.measure.Target;

/** What a load did, row by row counted. */
@Schema(name = "ComparatorLoadSummary")
public record ComparatorLoadSummary(@Schema(example = "ATTEND-SEND") String measureCode, Target.Comparator comparator,
        @Schema(example = "source") String source,
        @Schema(description = "Rows received", example = "3") int received,
        @Schema(description = "New figures stored", example = "2") int imported,
        @Schema(description = "Stored figures changed (value or source)", example = "1") int updated,
        @Schema(description = "Rows equal to what is stored", example = "0") int unchanged) {
}
