package org.sendreform.governance.escalation;

import java.time.Instant;

/**
 * Event data of org.sendreform.governance.escalation-raised.v1: an escalation is now before {@code body}, on the
 * agenda of its next meeting ({@code meetingId}; absent when none is scheduled). The key is the escalation id.
 */
public record EscalationRaised(long escalationId, String body, String fromBody, Escalation.Source source, String riskCode, String title,
        String reason, String raisedBy, Instant raisedAt, Long meetingId) {

    public static final String TYPE = "org.sendreform.governance.escalation-raised.v1";

    static EscalationRaised of(Escalation e) {
        return new EscalationRaised(e.id, e.body, e.fromBody, e.source, e.riskCode, e.title, e.reason, e.raisedBy, e.raisedAt, e.meetingId);
    }
}
