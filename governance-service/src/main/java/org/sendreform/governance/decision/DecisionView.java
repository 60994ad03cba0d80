package org.sendreform.governance.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.governance.body.DecisionType;
import org.sendreform.governance.decision.Decision.Reference.Kind;

@Schema(name = "Decision", description = "A decision of a body, as recorded")
public record DecisionView(
        @Schema(example = "42") long id,
        @Schema(example = "board") String body,
        DecisionType type,
        String statement,
        String rationale,
        LocalDate decidedOn,
        LocalDate reviewOn,
        @Schema(description = "True when the review date has passed") boolean reviewDue,
        DecisionRequest.Evidence evidence,
        List<String> acceptsRisks,
        List<DecisionRequest.Rebaseline> rebaselines,
        Long supersedes,
        @Schema(description = "The decision that corrects this one, if any") Long supersededBy,
        Long answersEscalation,
        @Schema(description = "The meeting that took it") Long meeting,
        @Schema(description = "The Task and Finish group it proposes or ratifies", example = "tf-part-time-timetables") String taskAndFinishGroup,
        @Schema(example = "board.secretary") String recordedBy,
        Instant recordedAt,
        long version) {

    public static DecisionView of(Decision d, LocalDate today) {
        return new DecisionView(d.id, d.body, d.type, d.statement, d.rationale, d.decidedOn, d.reviewOn,
                d.reviewOn != null && today.isAfter(d.reviewOn),
                new DecisionRequest.Evidence(d.codes(Kind.EVIDENCE_MEASURE), d.codes(Kind.EVIDENCE_RISK), d.codes(Kind.EVIDENCE_MILESTONE)),
                d.codes(Kind.ACCEPTS_RISK), rebaselines(d), d.supersedes, d.supersededBy, d.answersEscalation, d.meetingId, d.taskAndFinishGroup, d.recordedBy,
                d.recordedAt, d.version);
    }

    static List<DecisionRequest.Rebaseline> rebaselines(Decision d) {
        return d.rebaselines.stream().sorted(Comparator.comparing(r -> r.milestoneCode))
                .map(r -> new DecisionRequest.Rebaseline(r.milestoneCode, r.dueDate)).toList();
    }
}
