package org.sendreform.metrics.submission;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value a partner submits: a measure, a period, a breakdown, and the value or its numerator and denominator. */
@Schema(name = "SubmittedValue")
public record ValueRow(
        @Schema(required = true, example = "EHCP-20WK") String measureCode,
        @Schema(required = true, description = "A period code, e.g. FY2026-27-Q2 (docs/api-guide.md)", example = "FY2025-26") String period,
        @Schema(description = "One of the measure's disaggregations; default 'all'", example = "all") String disaggregation,
        @Schema(description = "The value; may be left out when numerator and denominator are given", example = "41.5") BigDecimal value,
        @Schema(description = "For rates and percentages", example = "83") BigDecimal numerator,
        @Schema(description = "For rates and percentages", example = "200") BigDecimal denominator,
        @Schema(description = "Optional note kept with the value (at most 2000 characters)") String comment) {

    public String disaggregationOrAll() {
        return disaggregation == null || disaggregation.isBlank() ? "all" : disaggregation;
    }
}
