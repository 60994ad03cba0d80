package org.sendreform.risk.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EscalationRequest", description = "A manual escalation one level up the route, with its reason")
public record EscalationRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "Delivery confidence on the therapy model has dropped; a decision outside the plan is needed")
        String rationale) {
}
