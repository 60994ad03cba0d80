package org.sendreform.risk.escalation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sendreform.platform.audit.AuditTrail;
import org.sendreform.platform.event.Outbox;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.register.RiskView;
import org.sendreform.risk.scoring.Rag;

/**
 * Moves a risk along the escalation route: the owning body changes, the move is kept with its reason, audited,
 * and published (risk-escalated / risk-de-escalated) in the same transaction, so governance-service always
 * hears of it.
 */
@ApplicationScoped
public class Escalations {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Applies the escalation rules after a re-score; returns the move they required, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RiskEscalation> afterRescore(Risk risk, Rag residualBefore, String rescoreRationale) {
        return EscalationRules.afterRescore(risk.category, risk.owningBody, residualBefore, risk.residualRag)
                .map(move -> move(risk, move.to(), move.reason(), ruleRationale(move, risk, "Re-score rationale: " + rescoreRationale)));
    }

    /**
     * Applies the mandatory-category rule when a risk is raised or re-categorised (a risk in such a category sits with
     * the Board); {@code occasion} says which, for the move's rationale. Returns the move, if the rule required one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RiskEscalation> mandatory(Risk risk, String occasion) {
        return EscalationRules.mandatory(risk.category, risk.owningBody)
                .map(move -> move(risk, move.to(), move.reason(), ruleRationale(move, risk, occasion)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RiskEscalation move(Risk risk, String to, EscalationReason reason, String rationale) {
        RiskView before = RiskView.of(risk);
        RiskEscalation e = new RiskEscalation();
        e.riskId = risk.id;
        e.fromBody = risk.owningBody;
        e.toBody = to;
        e.reason = reason;
        e.rationale = rationale;
        e.movedBy = audit.caller().name();
        e.persist();
        risk.owningBody = to;
        risk.status = EscalationRoute.level(to) > EscalationRoute.level(risk.homeBody) ? RiskStatus.ESCALATED : RiskStatus.OPEN;
        risk.flush();
        boolean down = reason == EscalationReason.DE_ESCALATED;
        audit.record("risk", risk.code, down ? "DE_ESCALATED" : "ESCALATED", before, RiskView.of(risk));
        outbox.publish(down ? RiskMoved.DE_ESCALATED : RiskMoved.ESCALATED, "risk", risk.code, risk.code,
                new RiskMoved(e.id, risk.code, risk.title, risk.category, risk.category.mustSitWithBoard(), e.fromBody, to, reason,
                        rationale, risk.assessedRag, risk.residualRag, e.movedBy));
        return e;
    }

    private static String ruleRationale(EscalationRules.Move move, Risk risk, String occasion) {
        String rule = switch (move.reason()) {
            case MANDATORY_CATEGORY -> "A " + risk.category + " risk must sit with the Board (terms of reference: mandatory escalation)";
            case RED_RESIDUAL_RISING -> "Residual RAG rose to Red at re-score";
            case RED_RESIDUAL_PERSISTING -> "Residual RAG stayed Red at re-score";
            default -> move.reason().name();
        };
        return rule + ". " + occasion;
    }
}
