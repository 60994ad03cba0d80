package org.sendreform.milestones.plan;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanVersion")
public record PlanVersionView(@Schema(example = "v3.1") String version,
        @Schema(example = "Coventry Local SEND and Alternative Provision Reform Plan") String title,
        @Schema(example = "FY2026-27") String planYear, String source, PlanVersion.Status status, LocalDate startedOn, String startedBy,
        String note, LocalDate supersededOn,
        @Schema(description = "Present when one version is asked for: the live plan for the current version, the frozen one for an older version")
        PlanContent content) {

    static PlanVersionView of(PlanVersion v, PlanContent content) {
        return new PlanVersionView(v.version, v.title, v.planYear, v.source, v.status, v.startedOn, v.startedBy, v.note, v.supersededOn,
                content);
    }
}
