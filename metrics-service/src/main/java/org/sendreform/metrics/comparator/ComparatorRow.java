package org.sendreform.metrics.comparator;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published comparator figure: a period of the measure's kind, a breakdown, the value. */
@Schema(name = "ComparatorRow")
public record ComparatorRow(
        @Schema(required = true, example = "AY2025-26") String period,
        @Schema(description = "One of the measure's disaggregations; default 'all'", example = "ehcp") String disaggregation,
        @Schema(description = "The value; may be left out when numerator and denominator are given", example = "88.1") BigDecimal value,
        @Schema(description = "For rates and percentages") BigDecimal numerator,
        @Schema(description = "For rates and percentages") BigDecimal denominator) {
}
