package org.sendreform.governance.qa;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A QA report as written: the body of a create, and what a report becomes under a merge patch. There is no field
 * for anything about a child (name, date of birth, NHS number, UPN, case reference), and unknown fields are refused.
 */
@Schema(name = "QaReportRequest", description = "A QA report's aggregate findings about a provider, setting or service")
public record QaReportRequest(
        @NotNull(message = "is required") @Schema(required = true) QaKind kind,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true, description = "The provider, setting or service audited or visited: an organisation, never a person",
                example = "Coventry SEND casework service") String provider,
        @NotNull(message = "is required")
        @Schema(required = true, description = "When the audit was completed or the visit made; not in the future", example = "2026-10-02")
        LocalDate auditedOn,
        @Schema(description = "The overall judgement; required to publish") QaRating rating,
        @Min(value = 1, message = "must be between 1 and 100000") @Max(value = 100_000, message = "must be between 1 and 100000")
        @Schema(description = "How many cases were audited (a count); required to publish an audit", example = "20") Integer sampleSize,
        @Size(max = 8000, message = "must be at most 8000 characters")
        @Schema(description = "The findings across the sample; required to publish",
                example = "Most plans reflected the child's voice; outcomes were weakest in health sections.") String findings,
        @Size(max = 50, message = "must list at most 50 concerns") @Valid
        @Schema(description = "Concerns found, in order. Once published only each concern's resolved flag changes")
        List<QaConcern> concerns,
        @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(description = "The improvement actions agreed with the provider", example = "Health advice template revised by December")
        String actionPlan,
        @Size(max = 50, message = "must list at most 50 actions")
        @Schema(description = "Ids of the governance actions that follow it up (GET /api/v1/actions)", example = "[7]") List<Long> actions,
        @Schema(description = "Default DRAFT. PUBLISHED puts it in the summary and the Board's pack; WITHDRAWN (with a reason) is final")
        QaStatus status,
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(description = "Why it was withdrawn: required to withdraw, only then") String withdrawnReason) {

    /** The report as the request that would create it now: the base a merge patch applies to. */
    static QaReportRequest of(QaReport r) {
        return new QaReportRequest(r.kind, r.provider, r.auditedOn, r.rating, r.sampleSize, r.findings,
                r.concerns.stream().map(c -> new QaConcern(c.text, c.resolved)).toList(), r.actionPlan,
                r.actions.stream().sorted().toList(), r.status, r.withdrawnReason);
    }
}
