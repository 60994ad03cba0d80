package org.sendreform.governance.body;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Body", description = "A body of the governance spine with its members and decision rights")
public record BodyView(
        @Schema(example = "rdg") String code,
        @Schema(example = "Reform Delivery Group") String name,
        BodyKind kind,
        String purpose,
        String chairRole,
        String seniorSponsor,
        Cadence cadence,
        Integer meetingsPerYear,
        @Schema(description = "Which document the cadence comes from") String cadenceSource,
        @Schema(description = "The body it escalates to", example = "board") String escalatesTo,
        List<MemberView> members,
        List<RightView> decisionRights,
        TermsOfReference termsOfReference,
        @Schema(description = "ACTIVE for standing bodies; a Task and Finish group is PROPOSED until the Board ratifies it, then ACTIVE, then DISBANDED")
        BodyStatus status,
        @Schema(description = "Task and Finish groups only: the decisions that proposed and ratified it, and its disbandment")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        TaskAndFinish taskAndFinish,
        long version) {

    @Schema(name = "TaskAndFinish", description = "How a Task and Finish group came to be and ended")
    public record TaskAndFinish(@Schema(description = "The RDG decision that proposed it", example = "51") Long proposedByDecision,
            @Schema(description = "The Board decision that ratified it; absent until then", example = "57") Long ratifiedByDecision,
            LocalDate disbandedOn, String disbandedReason, String disbandedBy) {
    }

    @Schema(name = "BodyMember")
    public record MemberView(@Schema(example = "Designated Clinical Officer") String role,
            @Schema(example = "Coventry and Warwickshire ICB") String organisation) {
    }

    @Schema(name = "DecisionRight")
    public record RightView(DecisionType decisionType,
            @Schema(description = "True when the body may not delegate this right") boolean nonDelegable) {
    }

    @Schema(name = "TermsOfReference")
    public record TermsOfReference(@Schema(example = "May 2026") String version, LocalDate approvedOn, LocalDate nextReviewOn,
            boolean reviewOverdue) {
    }

    public static BodyView of(Body b, LocalDate today) {
        return new BodyView(b.code, b.name, b.kind, b.purpose, b.chairRole, b.seniorSponsor, b.cadence, b.meetingsPerYear,
                b.cadenceSource, b.parentCode,
                b.members.stream().map(m -> new MemberView(m.role, m.organisation)).toList(),
                b.decisionRights.stream().sorted(Comparator.comparing(r -> r.decisionType))
                        .map(r -> new RightView(r.decisionType, r.nonDelegable)).toList(),
                new TermsOfReference(b.torVersion, b.torApprovedOn, b.nextReviewOn, b.reviewOverdue(today)), b.status,
                b.kind == BodyKind.TASK_AND_FINISH
                        ? new TaskAndFinish(b.proposedByDecision, b.ratifiedByDecision, b.disbandedOn, b.disbandedReason, b.disbandedBy)
                        : null,
                b.version);
    }
}
