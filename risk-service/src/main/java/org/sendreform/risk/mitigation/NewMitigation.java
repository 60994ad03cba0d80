package org.sendreform.risk.mitigation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewMitigation", description = "An action to add to a risk's mitigations")
public record NewMitigation(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "Agree a joint recruitment campaign for Specialist Base staff with the three special schools")
        String action,
        @Size(max = 300, message = "must be at most 300 characters") @Schema(example = "Commissioning and Workforce Workspace") String owner,
        @Schema(description = "Not in the past", example = "2027-01-31") LocalDate dueDate,
        @Schema(description = "Default OPEN") Mitigation.Status status) {
}
