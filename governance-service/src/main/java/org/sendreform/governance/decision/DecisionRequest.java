package org.sendreform.governance.decision;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.governance.body.DecisionType;

@Schema(name = "DecisionRequest", description = "A decision of a body, recorded once and never changed (a correction supersedes it)")
public record DecisionRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(required = true, example = "board", description = "The code of the body that took the decision") String body,
        @NotNull(message = "is required") @Schema(required = true) DecisionType type,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(required = true, example = "The Board accepts risk R-02 at Amber until the 2027/28 grant is confirmed") String statement,
        @Size(max = 4000, message = "must be at most 4000 characters") String rationale,
        @Schema(description = "Default: today. Not in the future.") LocalDate decidedOn,
        @Schema(description = "When the decision is to be reviewed; on or after decidedOn") LocalDate reviewOn,
        @Valid Evidence evidence,
        @Size(max = 50, message = "must list at most 50 risks")
        @Schema(description = "ACCEPT_SYSTEM_RISK only: the codes of the risks accepted", example = "[\"R-02\"]")
        List<@NotBlank(message = "must not be blank") @Pattern(regexp = Evidence.CODE, message = "is not a code") String> acceptsRisks,
        @Size(max = 200, message = "must list at most 200 milestones")
        @Schema(description = "RESEQUENCE_MILESTONES only: the new due date of each milestone")
        List<@Valid @NotNull(message = "must not be null") Rebaseline> rebaselines,
        @Schema(description = "The id of the decision this one corrects (same body)") Long supersedes,
        @Schema(description = "The id of the open escalation before this body that this decision answers") Long answersEscalation,
        @Schema(description = "The id of the body's meeting that took the decision (GET /api/v1/meetings)") Long meeting,
        @Valid @Schema(description = "PROPOSE_TASK_AND_FINISH only: the group the RDG proposes (it starts only once the Board ratifies it)")
        GroupProposal proposesGroup,
        @Pattern(regexp = Evidence.CODE, message = "is not a code")
        @Schema(description = "RATIFY_TASK_AND_FINISH only: the code of the proposed group the Board ratifies", example = "tf-part-time-timetables")
        String ratifiesGroup) {

    @Schema(name = "GroupProposal", description = "A Task and Finish group as the RDG proposes it")
    public record GroupProposal(
            @NotBlank(message = "is required") @Pattern(regexp = "tf-[a-z0-9]+(-[a-z0-9]+){0,8}", message = "must be like tf-part-time-timetables")
            @Size(max = 64, message = "must be at most 64 characters")
            @Schema(required = true, example = "tf-part-time-timetables") String code,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            @Schema(required = true, example = "Part-time timetables Task and Finish group") String name,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
            @Schema(required = true, example = "Agree a protocol for agreeing and reviewing part-time timetables by March 2027") String purpose,
            @Size(max = 200, message = "must be at most 200 characters") @Schema(example = "Head of Inclusion") String chairRole) {
    }

    @Schema(name = "DecisionEvidence", description = "What the decision rests on, by code")
    public record Evidence(
            @Size(max = 50, message = "must list at most 50") List<@NotBlank(message = "must not be blank") @Pattern(regexp = CODE, message = "is not a code") String> measures,
            @Size(max = 50, message = "must list at most 50") List<@NotBlank(message = "must not be blank") @Pattern(regexp = CODE, message = "is not a code") String> risks,
            @Size(max = 50, message = "must list at most 50") List<@NotBlank(message = "must not be blank") @Pattern(regexp = CODE, message = "is not a code") String> milestones) {
        static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    }

    @Schema(name = "Rebaseline", description = "A milestone's new due date, as the RDG re-sequenced it")
    public record Rebaseline(
            @NotBlank(message = "is required") @Pattern(regexp = Evidence.CODE, message = "is not a code")
            @Schema(required = true, example = "M-CS-Q2-02") String milestoneCode,
            @NotNull(message = "is required") @Schema(required = true, example = "2027-03-31") LocalDate dueDate) {
    }
}
