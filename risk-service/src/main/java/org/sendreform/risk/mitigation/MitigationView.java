package org.sendreform.risk.mitigation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Mitigation", description = "An action that reduces a risk; its version is its ETag")
public record MitigationView(
        @Schema(example = "41") long id,
        @Schema(description = "Order within the risk's mitigations", example = "3") int position,
        @Schema(example = "Track operational readiness alongside build progress") String action,
        @Schema(example = "Capital and Sufficiency Workspace") String owner,
        @Schema(example = "2027-01-31") LocalDate dueDate,
        Mitigation.Status status,
        @Schema(description = "The day it was marked DONE") LocalDate completedOn,
        @Schema(description = "Send it back as If-Match when changing this mitigation", example = "0") long version) {

    public static MitigationView of(Mitigation m) {
        return new MitigationView(m.id, m.position, m.action, m.owner, m.dueDate, m.status, m.completedOn, m.version);
    }
}
