package org.sendreform.risk.view;

import java.time.LocalDate;
import java.util.List;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskChanged;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

/** What the register's views read of one risk: plain values, so the views are plain Java and unit-tested alone. */
public record RegisterEntry(String code, String title, Category category, String owner, String owningBody, String homeBody,
        RiskStatus status, Scale scale, String impact, String likelihood, Rag assessedRag, Rag residualRag, Rag targetRag,
        LocalDate nextReviewDate, LocalDate closedOn, List<String> milestones, List<String> measures, List<String> dependencies) {

    public boolean open() {
        return status != RiskStatus.CLOSED;
    }

    public Rag matrixRag() {
        return ScoringMatrix.rag(scale, impact, likelihood);
    }

    public boolean departsFromMatrix() {
        return matrixRag() != assessedRag;
    }

    /** The existing rule (risk-changed's aboveAppetite): the residual RAG is worse than the target RAG. */
    public boolean aboveAppetite() {
        return RiskChanged.aboveAppetite(residualRag, targetRag);
    }

    /** How many steps (Green, Amber/Green, Amber, Red) the residual RAG sits above the target; 0 when not above. */
    public int levelsAboveAppetite() {
        return aboveAppetite() ? residualRag.ordinal() - targetRag.ordinal() : 0;
    }
}
