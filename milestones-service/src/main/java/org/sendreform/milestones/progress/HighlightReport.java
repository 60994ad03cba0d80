package org.sendreform.milestones.progress;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.milestones.milestone.Confidence;
import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneStatus;

/** A workspace's highlight report for one quarter, for the RDG: what was done, what slipped, what comes next. */
@Schema(name = "HighlightReport")
public record HighlightReport(
        @Schema(example = "capital-sufficiency") String workspace, String workspaceName, String responsible,
        @Schema(example = "FY2026-27-Q3") String period, LocalDate periodStart, LocalDate periodEnd, LocalDate asOf,
        @Schema(description = "The workspace's milestones as they stand today") Rollup summary,
        @Schema(description = "Completed within the period") List<Line> completed,
        @Schema(description = "Due by the period's end and slipped (still open past the date, forecast past it, or completed late)") List<Line> slipped,
        @Schema(description = "Open milestones a late predecessor puts at risk") List<Line> atRisk,
        @Schema(description = "Open milestones due in the quarter after the period") List<Line> upcoming,
        @Schema(description = "RAG changes recorded within the period") List<ConfidenceChange> confidenceChanges) {

    @Schema(name = "HighlightLine")
    public record Line(@Schema(example = "M-CS-Q3-05") String code, String title, LocalDate dueDate, LocalDate forecastDate,
            LocalDate completedOn, MilestoneStatus status, Confidence confidence, String confidenceNote, long slippageDays,
            @Schema(description = "Why a predecessor puts it at risk, if one does") String dependencyRisk) {

        static Line of(Milestone m, LocalDate today) {
            return new Line(m.code, m.title, m.dueDate, m.forecastDate, m.completedOn, m.status, m.confidence, m.confidenceNote,
                    m.slippage(today).days(), m.dependencyRisk);
        }
    }
}
