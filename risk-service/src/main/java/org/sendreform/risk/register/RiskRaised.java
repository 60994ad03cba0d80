package org.sendreform.risk.register;

import java.util.List;

import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

/**
 * Event data of org.sendreform.risks.risk-raised.v1: a new risk entered the register, as raised (owning body as
 * raised; a mandatory-category risk raised below the Board is followed by risk-escalated to the Board). Key: the
 * risk code.
 */
public record RiskRaised(String code, String title, Category category, boolean mandatoryBoardEscalation, String owningBody,
        String owner, Scale scale, String impact, String likelihood, Rag assessedRag, Rag matrixRag, Rag residualRag, Rag targetRag,
        List<String> milestones, List<String> measures, List<String> dependencies, String raisedBy) {

    public static final String TYPE = "org.sendreform.risks.risk-raised.v1";

    public static RiskRaised of(Risk r, String raisedBy) {
        return new RiskRaised(r.code, r.title, r.category, r.category.mustSitWithBoard(), r.owningBody, r.owner, r.scale,
                r.inherentImpact, r.inherentLikelihood, r.assessedRag, ScoringMatrix.rag(r.scale, r.inherentImpact, r.inherentLikelihood),
                r.residualRag, r.targetRag, RiskLinks.codes(r, Risk.Link.Kind.MILESTONE), RiskLinks.codes(r, Risk.Link.Kind.MEASURE),
                RiskLinks.codes(r, Risk.Link.Kind.DEPENDENCY), raisedBy);
    }
}
