package org.sendreform.risk.register;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.mitigation.MitigationView;
import org.sendreform.risk.review.ReviewFrequency;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

@Schema(name = "Risk", description = "A risk with its assessed RAG as entered and the matrix RAG computed beside it")
public record RiskView(
        @Schema(example = "R-01") String code,
        String title,
        String description,
        String cause,
        String event,
        String effect,
        Category category,
        @Schema(description = "True for the categories the terms of reference escalate to the Board") boolean mandatoryBoardEscalation,
        String owner,
        @Schema(description = "The body the risk sits with now", example = "board") String owningBody,
        @Schema(description = "The body that first owned the risk; escalated while it sits higher", example = "commissioning-workforce") String homeBody,
        RiskStatus status,
        @Schema(description = "The Board decision that accepted the risk (ACCEPTED only)", example = "42") Long acceptedByDecision,
        LocalDate acceptedOn,
        Scoring inherent,
        Rag residualRag,
        Rag targetRag,
        @Schema(description = "The review frequency in force: fixed for this risk, or else the one its assessed RAG calls for")
        ReviewFrequency reviewFrequency,
        @Schema(description = "True when the frequency was fixed for this risk; false when it follows the assessed RAG")
        boolean reviewFrequencyFixed,
        @Schema(description = "The day of the last review or re-score; absent until the first") LocalDate lastReviewedOn,
        @Schema(description = "When the risk is next due for review", example = "2026-12-25") LocalDate nextReviewDate,
        List<MitigationView> mitigations,
        @Schema(description = "Codes of linked milestones (milestones-service)") List<String> milestones,
        @Schema(description = "Codes of linked measures (metrics-service)") List<String> measures,
        @Schema(description = "Codes of linked programme dependencies (D-01 to D-06)") List<String> dependencies,
        @Schema(description = "The day the risk was closed (CLOSED only)") LocalDate closedOn,
        @Schema(description = "Who closed it (CLOSED only)", example = "programme.manager") String closedBy,
        @Schema(description = "Why it was closed (CLOSED only)") String closureRationale,
        long version) {

    @Schema(name = "Scoring")
    public record Scoring(Scale scale, @Schema(example = "HIGH") String impact, @Schema(example = "MEDIUM") String likelihood,
            @Schema(description = "impact rank × likelihood rank") int score,
            @Schema(description = "The RAG the partnership assessed, stored as entered") Rag assessedRag,
            @Schema(description = "The RAG the scoring matrix gives") Rag matrixRag,
            @Schema(description = "True when the assessed RAG departs from the matrix") boolean departsFromMatrix) {
    }

    public static RiskView of(Risk r) {
        Rag matrix = ScoringMatrix.rag(r.scale, r.inherentImpact, r.inherentLikelihood);
        Scoring inherent = new Scoring(r.scale, r.inherentImpact, r.inherentLikelihood,
                ScoringMatrix.score(r.scale, r.inherentImpact, r.inherentLikelihood), r.assessedRag, matrix,
                matrix != r.assessedRag);
        return new RiskView(r.code, r.title, r.description, r.cause, r.event, r.effect, r.category,
                r.category.mustSitWithBoard(), r.owner, r.owningBody, r.homeBody, r.status, r.acceptedByDecision, r.acceptedOn, inherent, r.residualRag, r.targetRag,
                r.reviewFrequency, r.reviewFrequencyFixed, r.lastReviewedOn, r.nextReviewDate,
                r.mitigations.stream().map(MitigationView::of).toList(),
                RiskLinks.codes(r, Risk.Link.Kind.MILESTONE), RiskLinks.codes(r, Risk.Link.Kind.MEASURE),
                RiskLinks.codes(r, Risk.Link.Kind.DEPENDENCY),
                r.closedOn, r.closedBy, r.closureRationale,
                r.version);
    }
}
