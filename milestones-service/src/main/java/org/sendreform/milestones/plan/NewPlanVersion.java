package org.sendreform.milestones.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPlanVersion")
public record NewPlanVersion(@Schema(example = "v4.0", required = true) String version,
        @Schema(example = "Coventry Local SEND and Alternative Provision Reform Plan", required = true) String title,
        @Schema(example = "FY2027-28", required = true, description = "A financial year") String planYear,
        @Schema(example = "Annual refresh agreed by the SEND and AP Partnership Board") String source,
        String note) {
}
