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
        @Schema(description = "Principal risks: red residual, escalated, or sitting with the Board") List<PackContent.RiskLine> principalRisks,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        @Schema(description = "The grant conditions of the quarter's grant year (at least 80% on Experts at Hand direct delivery, at "
                + "most 10% on its administration, at most 10% on LA transformation), each as metrics-service last announced a change "
                + "of its status. Absent from returns assembled before it was part of the return") List<GrantCondition> grantConditions,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        @Schema(description = "Grant spend against the plan by category: the quarter's, and the grant year's to the quarter's end, "
                + "in pounds, as metrics-service last announced it. Absent from returns assembled before it was part of the return")
        List<Spend> spend) {

    @Schema(name = "ReturnSpend")
    public record Spend(@Schema(example = "WORKFORCE") String category, java.math.BigDecimal quarterPlanned,
            java.math.BigDecimal quarterActual, java.math.BigDecimal toDatePlanned, java.math.BigDecimal toDateActual) {
    }

    @Schema(name = "ReturnGrantCondition")
    public record GrantCondition(@Schema(example = "DIRECT_DELIVERY") String condition, @Schema(example = "AT_LEAST") String rule,
            @Schema(example = "80") java.math.BigDecimal thresholdPercent, @Schema(example = "MET") String status,
            @Schema(description = "The share of the grant's spend to date, in percent", example = "81.2") java.math.BigDecimal share,
            @Schema(description = "Spend in this condition's bucket to date, pounds") java.math.BigDecimal amount,
            @Schema(description = "All grant spend to date, pounds") java.math.BigDecimal total,
            @Schema(description = "When governance heard of this status") Instant asOf) {
    }

    @Schema(name = "ReturnMilestones")
    public record Milestones(int due, int achieved, @Schema(description = "Achieved on or before the due date") int achievedOnTime,
            List<Line> items) {
    }

    @Schema(name = "ReturnMilestone")
    public record Line(String code, String title, String workspace, LocalDate dueDate, String status, LocalDate completedOn,
            boolean achieved, long slippageDays) {
    }
}
