package org.sendreform.risk.dependency;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.register.Risk;
import org.sendreform.risk.register.RiskChanged;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;

@Schema(name = "ProgrammeDependency", description = "One of the plan's cross-cutting dependencies, its status and the risks linked to it")
public record DependencyView(
        @Schema(example = "D-05") String code,
        @Schema(example = "Capital Delivery Milestones & Operational Readiness") String title,
        @Schema(description = "The plan's wording") String description,
        DependencyStatus status,
        @Schema(description = "Why it is at risk or blocked (required then)", example = "Two Specialist Base builds are a term late")
        String statusNote,
        @Schema(description = "Who keeps it in view: a role or body, never a person's details about a child", example = "Capital and Sufficiency Workspace")
        String owner,
        @Schema(description = "The risks linking to it, by code, with their RAGs") List<LinkedRisk> risks,
        Instant updatedAt,
        long version) {

    @Schema(name = "ProgrammeDependencyRisk", description = "A risk linked to a programme dependency, with its RAGs")
    public record LinkedRisk(@Schema(example = "R-05") String code, String title, RiskStatus status,
            @Schema(example = "capital-sufficiency") String owningBody, Rag assessedRag, Rag residualRag, Rag targetRag,
            @Schema(description = "The residual RAG is worse than the target RAG") boolean aboveAppetite) {
        static LinkedRisk of(Risk r) {
            return new LinkedRisk(r.code, r.title, r.status, r.owningBody, r.assessedRag, r.residualRag, r.targetRag,
                    RiskChanged.aboveAppetite(r.residualRag, r.targetRag));
        }
    }

    public static DependencyView of(Dependency d) {
        return new DependencyView(d.code, d.title, d.description, d.status, d.statusNote, d.owner,
                d.risks().stream().map(LinkedRisk::of).toList(), d.updatedAt, d.version);
    }
}
