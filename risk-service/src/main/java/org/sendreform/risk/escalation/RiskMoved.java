package org.sendreform.risk.escalation;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.scoring.Rag;

/**
 * Event data of org.sendreform.risks.risk-escalated.v1 and org.sendreform.risks.risk-de-escalated.v1: a risk
 * moved along the escalation route. governance-service puts an escalation before the target body. The key is
 * the risk code.
 */
public record RiskMoved(long escalationId, String riskCode, String title, Category category, boolean mandatoryBoardEscalation,
        String fromBody, String toBody, EscalationReason reason, String rationale, Rag assessedRag, Rag residualRag,
        String movedBy) {

    public static final String ESCALATED = "org.sendreform.risks.risk-escalated.v1";
    public static final String DE_ESCALATED = "org.sendreform.risks.risk-de-escalated.v1";
}
