package org.sendreform.governance.escalation;

import java.time.Instant;

/**
 * Event data of org.sendreform.governance.escalation-answered.v1: a decision of the body answered the escalation;
 * when the answer was to escalate further, {@code continuedAs} is the escalation now before the next body up.
 * The key is the escalation id.
 */
public record EscalationAnswered(long escalationId, String body, String riskCode, long answeredByDecision, Instant answeredAt,
        Long continuedAs, long daysOpen) {

    public static final String TYPE = "org.sendreform.governance.escalation-answered.v1";
}
