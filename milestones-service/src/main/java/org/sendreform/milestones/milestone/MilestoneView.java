package org.sendreform.milestones.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone as the API shows it; slippage is computed on read, never stored. */
@Schema(name = "Milestone")
public record MilestoneView(
        @Schema(example = "M-CS-Q2-02") String code,
        @Schema(example = "Specialist Bases open at two primary schools") String title,
        String description,
        @Schema(example = "BB2") String theme,
        @Schema(example = "capital-sufficiency") String workspace,
        @Schema(example = "Head of SEND with the Education Capital Lead") String responsible,
        @Schema(example = "FY2026-27-Q2") String duePeriod,
        @Schema(description = "Changes only by an RDG re-sequencing decision") LocalDate dueDate,
        @Schema(description = "The due date as first planned") LocalDate baselineDate,
        @Schema(description = "The RDG decision that last moved the due date", example = "43") Long rebaselinedByDecision,
        LocalDate forecastDate,
        LocalDate completedOn,
        MilestoneStatus status,
        Confidence confidence,
        String confidenceNote,
        String targetTrajectory,
        @Schema(description = "True when the forecast passes the due date or the milestone is open past it") boolean slipped,
        @Schema(description = "Days past the due date (derived)") long slippageDays,
        @Schema(description = "Set when a predecessor cannot finish by this milestone's due date; absent otherwise")
        DependencyRisk dependencyRisk,
        List<MeasureExpectation> measures,
        List<String> risks,
        long version) {

    @Schema(name = "MeasureExpectation")
    public record MeasureExpectation(@Schema(example = "PLACES-SB") String measureCode,
            @Schema(example = "20") BigDecimal expectedValue, String expectedText) {
    }

    @Schema(name = "DependencyRisk", description = "Set and cleared by the dependency rule, never by a client")
    public record DependencyRisk(
            @Schema(example = "M-CS-Q2-02 (Specialist Bases open at two primary schools) is expected on 2026-12-15, after this milestone's due date 2026-11-30")
            String reason,
            @Schema(description = "The direct predecessor holding this milestone back", example = "M-CS-Q2-02") String predecessor,
            LocalDate since) {
    }

    public static MilestoneView of(Milestone m, LocalDate today) {
        Slippage slippage = m.slippage(today);
        return new MilestoneView(m.code, m.title, m.description, m.themeCode, m.workspaceCode, m.responsible, m.duePeriod,
                m.dueDate, m.baselineDate, m.rebaselinedByDecision, m.forecastDate, m.completedOn, m.status, m.confidence, m.confidenceNote,
                m.targetTrajectory, slippage.slipped(), slippage.days(),
                m.dependencyRisk == null ? null : new DependencyRisk(m.dependencyRisk, m.dependencyRiskFrom, m.dependencyFlaggedOn),
                m.measures.stream().map(l -> new MeasureExpectation(l.measureCode, l.expectedValue, l.expectedText)).toList(),
                List.copyOf(m.riskCodes), m.version);
    }
}
