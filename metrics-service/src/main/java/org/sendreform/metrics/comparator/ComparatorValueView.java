package org.sendreform.metrics.comparator;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.metrics.measure.Target;

@Schema(name = "ComparatorValue")
public record ComparatorValueView(Target.Comparator comparator, @Schema(example = "AY2025-26") String period,
        @Schema(example = "ehcp") String disaggregation, @Schema(example = "88.1") BigDecimal value,
        @Schema(example = "DfE Pupil absence in schools in England, 2025/26") String source,
        @Schema(example = "icb.analyst") String loadedBy, Instant updatedAt) {
}
