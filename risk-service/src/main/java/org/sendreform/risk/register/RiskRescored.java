package org.sendreform.risk.register;

import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

/**
 * Event data of org.sendreform.risks.risk-rescored.v1: a person re-scored the risk. The scoring before and after,
 * the matrix RAG beside the assessed one (never written over it), and the rationale. Key: the risk code. The
 * escalation a re-score may cause follows as its own risk-escalated.v1.
 */
public record RiskRescored(String code, Scale scale, String impact, String likelihood, Rag assessedRag, Rag matrixRag,
        boolean departsFromMatrix, Rag residualRag, Rag targetRag, Rag assessedRagBefore, Rag residualRagBefore, String rationale,
        String rescoredBy, long version) {

    public static final String TYPE = "org.sendreform.risks.risk-rescored.v1";
}
