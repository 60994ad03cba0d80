package org.sendreform.risk.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.audit.AuditTrail.Actor;
import org.sendreform.platform.event.Outbox;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskAnnouncements;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.register.RiskView;

/** Accepts a risk under a Board decision: status, the decision id, audit and risk-accepted, in one transaction. */
@ApplicationScoped
public class Acceptances {

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    RiskAnnouncements announcements;

    /** Whether a risk in this status may be accepted: closed and already accepted risks may not. */
    public static boolean acceptable(RiskStatus status) {
        return status == RiskStatus.OPEN || status == RiskStatus.ESCALATED;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(Risk risk, BoardAcceptance decision, Actor actor) {
        RiskView before = RiskView.of(risk);
        risk.status = RiskStatus.ACCEPTED;
        risk.acceptedByDecision = decision.decisionId;
        risk.acceptedOn = decision.decidedOn;
        risk.flush();
        audit.record("risk", risk.code, "ACCEPTED", before, RiskView.of(risk), actor);
        announcements.announce(risk);
        outbox.publish(RiskAccepted.TYPE, "risk", risk.code, risk.code, new RiskAccepted(risk.code, risk.title, decision.decisionId,
                decision.decidedOn, risk.owningBody, risk.assessedRag, risk.residualRag, actor.name()));
    }
}
