package org.sendreform.metrics.spend;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of actual grant spend: a quarter, a plan category, the amount in pounds, the condition bucket it counts to. */
@Schema(name = "ActualSpendRow")
public record ActualRow(
        @Schema(required = true, description = "A financial quarter of a grant year (docs/api-guide.md)", example = "FY2026-27-Q2") String quarter,
        @Schema(required = true, description = "A plan category code (GET /api/v1/spend/plan)", example = "WORKFORCE") String category,
        @Schema(required = true, description = "Pounds, 0 or more, at most 2 decimal places (pence)", example = "584250.75") BigDecimal amount,
        @Schema(description = "DIRECT_DELIVERY, EAH_ADMINISTRATION or LA_TRANSFORMATION; may be left out when the category counts towards one bucket only",
                example = "DIRECT_DELIVERY") String conditionBucket,
        @Schema(description = "Optional note kept with the amount (at most 2000 characters)", example = "ledger close 10 Oct") String comment) {
}
