package org.sendreform.risk.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.scoring.Rag;

/** One review of a risk, or a re-score (which counts as a review), kept for its history. */
@Entity
@Table(name = "risk_review")
public class RiskReview extends PanacheEntityBase {

    @Schema(name = "ReviewKind")
    public enum Kind {
        /** Recorded with POST .../reviews. */
        REVIEW,
        /** A re-score (POST .../scores): it reviews the risk too. */
        RESCORE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "risk_id")
    public Long riskId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String outcome;
    @Column(name = "scores_unchanged")
    public boolean scoresUnchanged;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_rag")
    public Rag assessedRag;
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_rag")
    public Rag residualRag;
    @Column(name = "signals_answered")
    public int signalsAnswered;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;
    @Column(name = "reviewed_at", insertable = false, updatable = false)
    public Instant reviewedAt;
    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;
}
