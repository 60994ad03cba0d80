package org.sendreform.risk.view;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.escalation.EscalationRoute;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

/**
 * The register body by body, as an assurance pack reads it: for each body risks sit with now (the owning body), the
 * risks that are not closed counted by residual and by assessed RAG, how many were escalated to it (ESCALATED: sitting
 * above their home body), accepted, and above appetite, with the codes of its residual-red, escalated and
 * above-appetite risks. Bodies from the top of the escalation route down (Health and Wellbeing Board, Board, RDG),
 * then the workspaces by code; a body with only closed risks is not listed.
 */
@Schema(name = "RiskBodySummary", description = "One body's open risks: counts by RAG, escalated, accepted, above appetite, and the codes to look at")
public record BodySummary(String body, int risks, RagCounts byResidualRag, RagCounts byAssessedRag, int escalated, int accepted,
        int aboveAppetite, List<String> redRisks, List<String> escalatedRisks, List<String> aboveAppetiteRisks) {

    /** Counts per RAG; notRated counts risks with no such RAG (a residual RAG not yet set). */
    @Schema(name = "RiskRagCounts")
    public record RagCounts(int red, int amber, int amberGreen, int green, int notRated) {
        static RagCounts of(List<RegisterEntry> risks, Function<RegisterEntry, Rag> rag) {
            return new RagCounts(count(risks, e -> rag.apply(e) == Rag.RED), count(risks, e -> rag.apply(e) == Rag.AMBER),
                    count(risks, e -> rag.apply(e) == Rag.AMBER_GREEN), count(risks, e -> rag.apply(e) == Rag.GREEN),
                    count(risks, e -> rag.apply(e) == null));
        }
    }

    public static List<BodySummary> of(List<RegisterEntry> register) {
        Map<String, List<RegisterEntry>> byBody = new TreeMap<>();
        register.stream().filter(RegisterEntry::open).forEach(e -> byBody.computeIfAbsent(e.owningBody(), b -> new java.util.ArrayList<>()).add(e));
        return byBody.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<RegisterEntry>>>comparingInt(b -> -EscalationRoute.level(b.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(b -> summary(b.getKey(), b.getValue())).toList();
    }

    static BodySummary summary(String body, List<RegisterEntry> risks) {
        Predicate<RegisterEntry> escalated = e -> e.status() == RiskStatus.ESCALATED;
        return new BodySummary(body, risks.size(), RagCounts.of(risks, RegisterEntry::residualRag), RagCounts.of(risks, RegisterEntry::assessedRag),
                count(risks, escalated), count(risks, e -> e.status() == RiskStatus.ACCEPTED), count(risks, RegisterEntry::aboveAppetite),
                codes(risks, e -> e.residualRag() == Rag.RED), codes(risks, escalated), codes(risks, RegisterEntry::aboveAppetite));
    }

    private static int count(List<RegisterEntry> risks, Predicate<RegisterEntry> which) {
        return (int) risks.stream().filter(which).count();
    }

    private static List<String> codes(List<RegisterEntry> risks, Predicate<RegisterEntry> which) {
        return risks.stream().filter(which).map(RegisterEntry::code).sorted().toList();
    }
}
