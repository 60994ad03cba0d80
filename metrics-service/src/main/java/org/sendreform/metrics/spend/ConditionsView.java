package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grant conditions of one grant year: each condition's actual share to date and by quarter, its planned share, its status. */
@Schema(name = "GrantConditions")
public record ConditionsView(@Schema(example = "FY2026-27") String year, LocalDate asOf,
        @Schema(description = "Percentage points of headroom below which a condition that holds is AT_RISK", example = "1") BigDecimal atRiskMarginPoints,
        @Schema(description = "All actual spend to date, the denominator of every share", example = "822000.00") BigDecimal actualTotal,
        @Schema(description = "The grant year's allocation", example = "3000000.00") BigDecimal allocation,
        List<GrantConditions.Evaluation> conditions) {
}
