package org.sendreform.governance.action;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "An action arising from a meeting or a decision")
public record ActionView(
        @Schema(example = "5") long id,
        String text,
        @Schema(example = "Capital and sufficiency lead") String owner,
        @Schema(example = "capital-sufficiency") String body,
        LocalDate dueOn,
        ActionStatus status,
        @Schema(description = "Open (OPEN or IN_PROGRESS) after its due date") boolean overdue,
        @Schema(description = "The meeting it arose from") Long meeting,
        @Schema(description = "The decision it arose from") Long decision,
        String note,
        @Schema(description = "When it was done or dropped") LocalDate closedOn,
        @Schema(example = "rdg.member") String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static ActionView of(Action a, LocalDate today) {
        return new ActionView(a.id, a.text, a.owner, a.body, a.dueOn, a.status, ActionStatus.overdue(a.status, a.dueOn, today), a.meetingId,
                a.decisionId, a.note, a.closedOn, a.createdBy, a.createdAt, a.updatedBy, a.updatedAt, a.version);
    }
}
