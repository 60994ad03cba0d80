package org.sendreform.risk.register;

import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

/**
 * Event data of org.sendreform.risks.risk-changed.v1: the risk as it now stands, once per version (and once for
 * each risk of the seed at first start), so consumers keep a read model of the register. Key: the risk code.
 * The contract is the one first published: a field added here would be a new version (risk-changed.v2), so the
 * review dates, which no consumer needs yet, stay in the API.
 */
public record RiskChanged(String code, String title, Category category, boolean mandatoryBoardEscalation, String owningBody,
        String homeBody, RiskStatus status, Scale scale, String impact, String likelihood, Rag assessedRag, Rag matrixRag, Rag residualRag,
        Rag targetRag, boolean aboveAppetite, Long acceptedByDecision, long version) {

    public static final String TYPE = "org.sendreform.risks.risk-changed.v1";

    public static RiskChanged of(Risk r) {
        return new RiskChanged(r.code, r.title, r.category, r.category.mustSitWithBoard(), r.owningBody, r.homeBody, r.status, r.scale,
                r.inherentImpact, r.inherentLikelihood, r.assessedRag, ScoringMatrix.rag(r.scale, r.inherentImpact, r.inherentLikelihood),
                r.residualRag, r.targetRag, aboveAppetite(r.residualRag, r.targetRag), r.acceptedByDecision,
                r.version);
    }

    /** Above appetite: the residual RAG is worse than the target RAG the partnership set. */
    public static boolean aboveAppetite(Rag residual, Rag target) {
        return residual != null && target != null && residual.ordinal() > target.ordinal();
    }
}
