package org.sendreform.metrics.comparator;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComparatorChange", description = "One change of a comparator figure: who, when, old and new value, source")
public record ComparatorChange(long id, @Schema(example = "UPDATED") String change,
        @Schema(example = "87.9") BigDecimal previousValue, @Schema(example = "88.1") BigDecimal value,
        String source, @Schema(example = "icb.analyst") String changedBy, Instant changedAt) {
}
