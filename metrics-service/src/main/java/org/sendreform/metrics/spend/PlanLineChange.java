package org.sendreform.metrics.spend;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpendPlanLineChange", description = "A planned amount, in pounds, and an optional note")
public record PlanLineChange(@Schema(required = true, example = "586000.00") BigDecimal amount,
        @Schema(example = "re-profiled after the EAH Lead appointment") String note) {
}
