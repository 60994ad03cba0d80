package org.sendreform.metrics.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.sendreform.metrics.outlier.Outliers;

/** A stored submission, read back for GET /api/v1/submissions/{id} and for idempotent retries. Written by {@link Ingest}. */
@Entity
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "client_id")
    public String clientId;
    public String org;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Enumerated(EnumType.STRING)
    public SubmissionSummary.Mode mode;
    public boolean atomic;
    @Column(name = "received_at")
    public Instant receivedAt;
    public int received;
    public int imported;
    public int updated;
    public int unchanged;
    public int removed;
    public int rejected;
    /** JSON array of rejections, as {@link Ingest} wrote it (read only here). */
    public String rejections;

    /** The summary as answered when it was stored, with the flags it raised (from {@code flags}, which keeps them). */
    public SubmissionSummary summary(Outliers flags) {
        return new SubmissionSummary(id, receivedAt, org, mode, atomic, false, received, imported, updated, unchanged, removed,
                rejected, readRejections(), 0, List.of()).withFlags(flags.ofSubmission(id));
    }

    private List<Rejection> readRejections() {
        try {
            return REJECTIONS.readValue(rejections);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored rejections of submission " + id + " do not read", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectReader REJECTIONS = new com.fasterxml.jackson.databind.ObjectMapper()
            .readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Rejection>>() {
            });
}
