package org.sendreform.risk.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskClosureRequest", description = "Closing a risk, with why it no longer needs managing")
public record ClosureRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "All Specialist Bases opened to plan in September 2027; the capital programme is complete")
        String rationale) {
}
