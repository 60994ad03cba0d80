package org.sendreform.risk.register;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

/** One scoring of a risk, kept for its history. */
@Entity
@Table(name = "risk_score")
public class RiskScore extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "risk_id")
    public Long riskId;
    @Enumerated(EnumType.STRING)
    public Scale scale;
    @Column(name = "inherent_impact")
    public String impact;
    @Column(name = "inherent_likelihood")
    public String likelihood;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_rag")
    public Rag assessedRag;
    @Enumerated(EnumType.STRING)
    @Column(name = "matrix_rag")
    public Rag matrixRag;
    public int score;
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_rag")
    public Rag residualRag;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_rag")
    public Rag targetRag;
    public String rationale;
    @Column(name = "scored_by")
    public String scoredBy;
    @Column(name = "scored_at", insertable = false, updatable = false)
    public Instant scoredAt;
}
