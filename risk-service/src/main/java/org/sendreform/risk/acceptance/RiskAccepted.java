package org.sendreform.risk.acceptance;

import java.time.LocalDate;

import org.sendreform.risk.scoring.Rag;

/** Event data of org.sendreform.risks.risk-accepted.v1: a Board decision accepted the risk. Key: the risk code. */
public record RiskAccepted(String riskCode, String title, long decisionId, LocalDate acceptedOn, String owningBody, Rag assessedRag,
        Rag residualRag, String acceptedBy) {

    public static final String TYPE = "org.sendreform.risks.risk-accepted.v1";
}
