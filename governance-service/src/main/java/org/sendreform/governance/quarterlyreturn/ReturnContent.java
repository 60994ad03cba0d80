package org.sendreform.governance.quarterlyreturn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.governance.pack.PackContent;

/** What the DfE quarterly return reports for a financial quarter, from governance's read models. */
@Schema(name = "ReturnContent")
public record ReturnContent(
        @Schema(example = "FY2026-27-Q2") String quarter,
        LocalDate quarterStart,
        LocalDate quarterEnd,
        Instant assembledAt,
        PackContent.Freshness freshness,
        @Schema(description = "Milestones due in the quarter and whether they were achieved") Milestones milestones,
        @Schema(description = "Each measure's latest period ending by the quarter's end, against its trajectory") List<PackContent.MeasureLine> measures,
        @Schema(description = "Principal risks: red residual, escalated, or sitting with the Board") List<PackContent.RiskLine> principalRisks) {

    @Schema(name = "ReturnMilestones")
    public record Milestones(int due, int achieved, @Schema(description = "Achieved on or before the due date") int achievedOnTime,
            List<Line> items) {
    }

    @Schema(name = "ReturnMilestone")
    public record Line(String code, String title, String workspace, LocalDate dueDate, String status, LocalDate completedOn,
            boolean achieved, long slippageDays) {
    }
}
