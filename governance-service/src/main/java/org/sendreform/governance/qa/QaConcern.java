package org.sendreform.governance.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concern a QA report found, written about the cases as a group (a theme, never one child), and whether it is resolved. */
@Schema(name = "QaConcern", description = "A concern found: a theme across the cases audited, never one child's case")
public record QaConcern(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "6 of 20 plans had outcomes that were not specific or measurable") String text,
        @Schema(description = "Default false; open concerns are counted in the summary") Boolean resolved) {
}
