package org.sendreform.risk.closure;

import java.time.LocalDate;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

/**
 * Event data of org.sendreform.risks.risk-closed.v1: a risk was closed and leaves the live register (risk-changed
 * follows with status CLOSED). {@code statusBefore} says whether it was open, escalated (an escalation item for it
 * can be closed) or accepted. Key: the risk code.
 */
public record RiskClosed(String riskCode, String title, Category category, String owningBody, String homeBody,
        RiskStatus statusBefore, Rag assessedRag, Rag residualRag, LocalDate closedOn, String closedBy, String rationale, long version) {

    public static final String TYPE = "org.sendreform.risks.risk-closed.v1";
}
