package org.sendreform.governance.escalation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Escalation", description = "An escalation before a body, from raising to closing")
public record EscalationView(
        long id,
        @Schema(description = "The body that must consider it", example = "board") String body,
        @Schema(example = "rdg") String fromBody,
        Escalation.Source source,
        @Schema(example = "R-06") String riskCode,
        String title,
        @Schema(example = "RED_RESIDUAL_PERSISTING") String reason,
        String rationale,
        String raisedBy,
        Instant raisedAt,
        EscalationStatus status,
        @Schema(description = "The decision that answered it") Long answeredBy,
        Instant answeredAt,
        @Schema(description = "When the answer was to escalate further: the escalation before the next body") Long continuedAs,
        @Schema(description = "The meeting of the body whose agenda it is on (GET /api/v1/meetings/{id})") Long meetingId,
        Instant closedAt,
        String closingNote,
        @Schema(description = "Whole days from raising to closing (or to now)") long daysOpen,
        long version) {

    public static EscalationView of(Escalation e, Instant now) {
        return new EscalationView(e.id, e.body, e.fromBody, e.source, e.riskCode, e.title, e.reason, e.rationale, e.raisedBy,
                e.raisedAt, e.status, e.answeredBy, e.answeredAt, e.continuedAs, e.meetingId, e.closedAt, e.closingNote, e.daysOpen(now), e.version);
    }
}
