package org.sendreform.risk.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest", description = "A review of a risk: what it found, and whether the scores stand")
public record ReviewRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "Reviewed at the workspace: recruitment on plan; the slipped milestone does not change the scores")
        String outcome,
        @Schema(description = "True when the review confirms the current scores unchanged (default false). To change them, re-score instead.")
        Boolean scoresUnchanged) {
}
