package org.sendreform.risk.signal;

import java.util.UUID;

/**
 * Event data of org.sendreform.risks.risk-signal-received.v1: a signal attached to a risk and waits for its next
 * review (one event per risk the signal attaches to; none for a signal in triage). {@code causedBy} is the id of the
 * other service's event it came from. Key: the risk code.
 */
public record RiskSignalReceived(long signalId, String riskCode, String riskTitle, String owningBody, String source, String kind,
        String subjectCode, String period, String detail, String oldStatus, String newStatus, UUID causedBy) {

    public static final String TYPE = "org.sendreform.risks.risk-signal-received.v1";

    static RiskSignalReceived of(RiskSignal s) {
        return new RiskSignalReceived(s.id, s.risk.code, s.risk.title, s.risk.owningBody, s.source, s.kind, s.subjectCode, s.period,
                s.detail, s.oldStatus, s.newStatus, s.eventId);
    }
}
