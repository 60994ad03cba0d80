package org.sendreform.risk.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeEscalationRequest", description = "Returns a risk to a body lower on the route, with the reason")
public record DeEscalationRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(required = true, example = "commissioning-workforce", description = "A body code below the current owning body") String toBody,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "The Board directed the RDG; the workspace holds the mitigations") String rationale) {
}
