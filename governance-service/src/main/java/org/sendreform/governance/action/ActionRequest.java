package org.sendreform.governance.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An action as written: the body of a create, and what an action becomes under a merge patch. */
@Schema(name = "ActionRequest", description = "An action arising from a meeting or a decision (at least one of them)")
public record ActionRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(required = true, example = "Bring the Woodfield phasing options paper to the December Board") String text,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true, description = "Who carries it out: a role or a person, as the minutes name them",
                example = "Capital and sufficiency lead") String owner,
        @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "The body that owns it; default: the body of the meeting (or decision) it arose from. Fixed once created",
                example = "capital-sufficiency") String body,
        @NotNull(message = "is required") @Schema(required = true, description = "Not before the meeting or decision it arose from",
                example = "2026-12-10") LocalDate dueOn,
        @Schema(description = "Default OPEN; a new action is OPEN or IN_PROGRESS") ActionStatus status,
        @Schema(description = "The meeting it arose from (GET /api/v1/meetings); fixed once created", example = "12") Long meeting,
        @Schema(description = "The decision it arose from (GET /api/v1/decisions); fixed once created", example = "42") Long decision,
        @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(description = "Progress, or why it was dropped (required to drop it)", example = "Options paper drafted; costings awaited")
        String note) {

    /** The action as the request that would create it now: the base a merge patch applies to. */
    static ActionRequest of(Action a) {
        return new ActionRequest(a.text, a.owner, a.body, a.dueOn, a.status, a.meetingId, a.decisionId, a.note);
    }
}
