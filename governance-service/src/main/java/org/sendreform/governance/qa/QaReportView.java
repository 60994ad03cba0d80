package org.sendreform.governance.qa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QaReport", description = "A QA report: aggregate findings about a provider, setting or service")
public record QaReportView(
        @Schema(example = "3") long id,
        QaKind kind,
        @Schema(example = "Coventry SEND casework service") String provider,
        LocalDate auditedOn,
        QaRating rating,
        @Schema(description = "The rating's colour in the pack", example = "AMBER") String rag,
        @Schema(example = "20") Integer sampleSize,
        String findings,
        List<QaConcern> concerns,
        @Schema(description = "Concerns not yet resolved", example = "2") long openConcerns,
        String actionPlan,
        @Schema(description = "The governance actions that follow it up") List<Long> actions,
        QaStatus status,
        Instant publishedAt,
        @Schema(description = "The day it was published: the pack takes reports published since the Board's previous meeting")
        LocalDate publishedOn,
        String withdrawnReason,
        @Schema(example = "qa.lead") String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static QaReportView of(QaReport r) {
        return new QaReportView(r.id, r.kind, r.provider, r.auditedOn, r.rating, r.rating == null ? null : r.rating.rag(), r.sampleSize,
                r.findings, r.concerns.stream().map(c -> new QaConcern(c.text, c.resolved)).toList(), r.openConcerns(), r.actionPlan,
                r.actions.stream().sorted().toList(), r.status, r.publishedAt, r.publishedOn, r.withdrawnReason, r.createdBy, r.createdAt,
                r.updatedBy, r.updatedAt, r.version);
    }
}
