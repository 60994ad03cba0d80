package org.sendreform.governance.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the Board assurance pack holds, assembled from governance's read models and its own records. */
@Schema(name = "PackContent", description = "The Board assurance pack for a meeting")
public record PackContent(
        @Schema(example = "board") String body,
        long meetingId,
        LocalDate meetingOn,
        Instant assembledAt,
        @Schema(description = "When governance last heard from each service: the pack is as fresh as these") Freshness freshness,
        Progress progress,
        @Schema(description = "Each measure's latest reported period against its trajectory, off track first") List<MeasureLine> measures,
        Risks risks,
        @Schema(description = "Escalations open before the Board") List<EscalationLine> escalations,
        @Schema(description = "Decisions of the Board and the RDG since the Board's previous meeting") List<DecisionLine> decisions,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Published \"we said / we did\" items, newest said first. Absent from packs issued before it was part of the pack")
        List<WeSaidLine> weSaidWeDid,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The body's open actions (OPEN or IN_PROGRESS) by due date, overdue ones flagged. Absent from packs issued "
                + "before it was part of the pack") List<ActionLine> actions,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "QA reports published since the Board's previous meeting (up to this one), worst rating first. Absent from "
                + "packs issued before it was part of the pack") List<QaReportLine> qaReports) {

    @Schema(name = "PackFreshness")
    public record Freshness(@Schema(description = "Last milestone event received; absent: none yet") Instant milestones,
            Instant risks, Instant measures) {
    }

    @Schema(name = "PackProgress", description = "Progress against milestones (from the RDG's plan)")
    public record Progress(int total, Map<String, Integer> byStatus, Map<String, Integer> byConfidence,
            @Schema(description = "Complete, of those not cancelled, in percent") int percentComplete,
            List<MilestoneLine> slipped, @Schema(description = "Open milestones due in the financial quarter after the meeting's")
            List<MilestoneLine> dueNextQuarter) {
    }

    @Schema(name = "PackMilestone")
    public record MilestoneLine(String code, String title, String workspace, LocalDate dueDate, LocalDate forecastDate, String status,
            String confidence, long slippageDays) {
    }

    @Schema(name = "PackMeasure")
    public record MeasureLine(String code, String disaggregation, String period, String status, BigDecimal value, BigDecimal expected) {
    }

    @Schema(name = "PackRisks", description = "Risks by the body they sit with, and the three lists the Board looks at")
    public record Risks(Map<String, List<RiskLine>> byBody, List<String> redResidual, List<String> escalated,
            List<String> aboveAppetite) {
    }

    @Schema(name = "PackRisk")
    public record RiskLine(String code, String title, String owningBody, String status, String assessedRag, String matrixRag,
            String residualRag, String targetRag, boolean aboveAppetite, Long acceptedByDecision) {
    }

    @Schema(name = "PackEscalation")
    public record EscalationLine(long id, String title, String fromBody, String riskCode, String reason, Instant raisedAt, long daysOpen) {
    }

    @Schema(name = "PackWeSaid", description = "A published \"we said / we did\" item")
    public record WeSaidLine(long id, String source, String theme, LocalDate saidOn, String weSaid, String weDid, String status,
            List<Long> decisions, List<String> milestones) {
    }

    @Schema(name = "PackAction", description = "An open action of the body")
    public record ActionLine(long id, String text, String owner, LocalDate dueOn, String status, boolean overdue, Long meetingId,
            Long decisionId) {
    }

    @Schema(name = "PackQaReport", description = "A published QA report: aggregate findings about a provider, setting or service")
    public record QaReportLine(long id, String kind, String provider, LocalDate auditedOn, String rating,
            @Schema(example = "AMBER") String rag, Integer sampleSize, String findings,
            @Schema(description = "The concerns found, in order") List<String> concerns,
            @Schema(description = "Concerns not yet resolved") long openConcerns, String actionPlan,
            @Schema(description = "The governance actions that follow it up") List<Long> actions, LocalDate publishedOn) {
    }

    @Schema(name = "PackDecision")
    public record DecisionLine(long id, String body, String type, String statement, LocalDate decidedOn) {
    }
}
