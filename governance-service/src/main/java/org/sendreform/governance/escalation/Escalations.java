package org.sendreform.governance.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.governance.meeting.Meetings;
import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Outbox;

/**
 * The life of an escalation: raised before a body, answered by one of that body's decisions (which may carry it
 * one level further up), withdrawn when its risk is returned down the route first, closed. Every step is
 * audited in the transaction that makes it.
 */
@ApplicationScoped
public class Escalations {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Meetings meetings;

    @Inject
    Outbox outbox;

    /** Raised by risk-service: a risk now sits with {@code body}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Escalation raiseForRisk(String body, String fromBody, String riskCode, String title, String reason, String rationale,
            Actor actor) {
        Escalation e = open(body, fromBody, Escalation.Source.RISK, riskCode, title, reason, rationale, actor.name());
        audit.record("escalation", e.id.toString(), "RAISED", null, view(e), actor);
        return e;
    }

    /** Raised by a body's decision to escalate, to the body above it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Escalation raiseByDecision(String body, String fromBody, String riskCode, String title, String rationale, String by) {
        Escalation e = open(body, fromBody, Escalation.Source.BODY, riskCode, title, "DECISION", rationale, by);
        audit.record("escalation", e.id.toString(), "RAISED", null, view(e));
        return e;
    }

    /** A decision of the body answers the escalation; when it escalated further, {@code continuedAs} is the new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Escalation e, long decisionId, Long continuedAs) {
        EscalationView before = view(e);
        e.status = EscalationStatus.ANSWERED;
        e.answeredBy = decisionId;
        e.answeredAt = Instant.now(clock);
        e.continuedAs = continuedAs;
        e.flush();
        audit.record("escalation", e.id.toString(), "ANSWERED", before, view(e));
        outbox.publish(EscalationAnswered.TYPE, "escalation", e.id.toString(), e.body,
                new EscalationAnswered(e.id, e.body, e.riskCode, decisionId, e.answeredAt, continuedAs, e.daysOpen(e.answeredAt)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Escalation e, String note) {
        EscalationView before = view(e);
        e.status = EscalationStatus.CLOSED;
        e.closedAt = Instant.now(clock);
        e.closingNote = note;
        e.flush();
        audit.record("escalation", e.id.toString(), "CLOSED", before, view(e));
    }

    /** risk-service returned the risk below {@code body}: what was open there about it no longer needs an answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawForRisk(String riskCode, String body, String note, Actor actor) {
        List<Escalation> open = Escalation.list("riskCode = ?1 and body = ?2 and status = ?3", riskCode, body, EscalationStatus.OPEN);
        for (Escalation e : open) {
            EscalationView before = view(e);
            e.status = EscalationStatus.WITHDRAWN;
            e.closedAt = Instant.now(clock);
            e.closingNote = note;
            e.flush();
            audit.record("escalation", e.id.toString(), "WITHDRAWN", before, view(e), actor);
        }
        return open.size();
    }

    private Escalation open(String body, String fromBody, Escalation.Source source, String riskCode, String title, String reason,
            String rationale, String by) {
        Escalation e = new Escalation();
        e.body = body;
        e.fromBody = fromBody;
        e.source = source;
        e.riskCode = riskCode;
        e.title = title;
        e.reason = reason;
        e.rationale = rationale;
        e.raisedBy = by;
        e.status = EscalationStatus.OPEN;
        e.persist();
        meetings.placeOnNextMeeting(e);
        e.flush();
        // raised_at is the database's clock; read it back so the view, the audit and the event carry it
        Escalation.getEntityManager().refresh(e);
        outbox.publish(EscalationRaised.TYPE, "escalation", e.id.toString(), e.body, EscalationRaised.of(e));
        return e;
    }

    EscalationView view(Escalation e) {
        return EscalationView.of(e, Instant.now(clock));
    }
}
