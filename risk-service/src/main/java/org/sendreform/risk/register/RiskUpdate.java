package org.sendreform.risk.register;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.patch.MergePatch;
import org.sendreform.platform.problem.ProblemException;
import org.sendreform.risk.review.ReviewFrequency;

/**
 * Applies a JSON merge patch to a risk's descriptive fields and links. Status, owning body, scores and whatever rules
 * or other operations set are refused (422 naming the field, and where it is changed instead); a closed risk does not
 * change (409). All problems are reported at once and nothing changes unless all is well.
 */
public final class RiskUpdate {

    static final Set<String> WRITABLE = Set.of("title", "description", "cause", "event", "effect", "category", "owner",
            "reviewFrequency", "milestones", "measures", "dependencies");
    private static final String RESCORE = "changes only by a re-score (POST /api/v1/risks/{code}/scores)";
    private static final String CLOSURE = "is set by closing the risk (POST /api/v1/risks/{code}/closure)";
    private static final String REVIEW = "is set by reviews and re-scores (POST /api/v1/risks/{code}/reviews)";
    static final Map<String, String> SET_ELSEWHERE = Map.ofEntries(
            Map.entry("code", "is the risk's identity"),
            Map.entry("status", "changes by escalation, acceptance under a Board decision or closure, never by an edit"),
            Map.entry("owningBody", "moves only along the escalation route (POST .../escalations, .../de-escalations)"),
            Map.entry("homeBody", "is the body that first owned the risk"),
            Map.entry("mandatoryBoardEscalation", "follows from the category"),
            Map.entry("acceptedByDecision", "is set only by a Board decision"),
            Map.entry("acceptedOn", "is set only by a Board decision"),
            Map.entry("inherent", RESCORE),
            Map.entry("scale", RESCORE),
            Map.entry("impact", RESCORE),
            Map.entry("likelihood", RESCORE),
            Map.entry("assessedRag", RESCORE),
            Map.entry("residualRag", RESCORE),
            Map.entry("targetRag", RESCORE),
            Map.entry("matrixRag", "is computed from impact and likelihood"),
            Map.entry("score", "is computed from impact and likelihood"),
            Map.entry("departsFromMatrix", "is computed from the scoring"),
            Map.entry("reviewFrequencyFixed", "follows from reviewFrequency: send null to let the assessed RAG set it"),
            Map.entry("lastReviewedOn", REVIEW),
            Map.entry("nextReviewDate", REVIEW),
            Map.entry("mitigations", "change through /api/v1/risks/{code}/mitigations"),
            Map.entry("closedOn", CLOSURE),
            Map.entry("closedBy", CLOSURE),
            Map.entry("closureRationale", CLOSURE),
            Map.entry("version", "is set by the platform; send it as If-Match"),
            Map.entry("createdAt", "is set by the platform"),
            Map.entry("updatedAt", "is set by the platform"));

    private RiskUpdate() {
    }

    /** Whether the review schedule must be worked out again (the frequency was set or released). */
    public static boolean apply(Risk risk, JsonNode patch) {
        MergePatch p = MergePatch.of(patch, WRITABLE, SET_ELSEWHERE);
        if (risk.status == RiskStatus.CLOSED) {
            throw ProblemException.conflict("Risk " + risk.code + " is closed and does not change");
        }
        String title = p.text("title", risk.title, 300, true);
        String description = p.text("description", risk.description, 4000, true);
        String cause = p.text("cause", risk.cause, 2000, false);
        String event = p.text("event", risk.event, 2000, false);
        String effect = p.text("effect", risk.effect, 2000, false);
        String owner = p.text("owner", risk.owner, 300, false);
        Category category = p.choice("category", risk.category, Category.class, true);
        ReviewFrequency fixed = p.choice("reviewFrequency", risk.reviewFrequencyFixed ? risk.reviewFrequency : null,
                ReviewFrequency.class, false);
        List<String> milestones = p.texts("milestones", RiskLinks.codes(risk, Risk.Link.Kind.MILESTONE));
        List<String> measures = p.texts("measures", RiskLinks.codes(risk, Risk.Link.Kind.MEASURE));
        List<String> dependencies = p.texts("dependencies", RiskLinks.codes(risk, Risk.Link.Kind.DEPENDENCY));
        List<Risk.Link> links = RiskLinks.of(milestones, measures, dependencies, p.errors());
        p.errors().throwIfAny();
        risk.title = title;
        risk.description = description;
        risk.cause = cause;
        risk.event = event;
        risk.effect = effect;
        risk.owner = owner;
        risk.category = category;
        if (!sorted(milestones).equals(RiskLinks.codes(risk, Risk.Link.Kind.MILESTONE))
                || !sorted(measures).equals(RiskLinks.codes(risk, Risk.Link.Kind.MEASURE))
                || !sorted(dependencies).equals(RiskLinks.codes(risk, Risk.Link.Kind.DEPENDENCY))) {
            risk.links.clear();
            risk.links.addAll(links);
        }
        if (!p.has("reviewFrequency")) {
            return false;
        }
        boolean changed = risk.reviewFrequencyFixed != (fixed != null) || (fixed != null && fixed != risk.reviewFrequency);
        risk.reviewFrequencyFixed = fixed != null;
        if (fixed != null) {
            risk.reviewFrequency = fixed;
        }
        return changed;
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }
}
