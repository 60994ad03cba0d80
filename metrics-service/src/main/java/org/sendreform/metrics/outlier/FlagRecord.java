package org.sendreform.metrics.outlier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored flag, listed and resolved through /api/v1/flags; raised (inserted) by {@link Outliers}. */
@Entity
@Table(name = "value_flag")
public class FlagRecord extends PanacheEntityBase {

    public enum Status {
        OPEN, RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "submission_id", updatable = false)
    public UUID submissionId;
    @Column(name = "row_number", updatable = false)
    public int row;
    @Column(name = "measure_code", updatable = false)
    public String measureCode;
    @Column(updatable = false)
    public String period;
    @Column(updatable = false)
    public String disaggregation;
    @Column(updatable = false)
    public BigDecimal value;
    @Column(updatable = false)
    public BigDecimal median;
    @Column(updatable = false)
    public BigDecimal score;
    @Column(updatable = false)
    public String reason;
    @Column(updatable = false)
    public String org;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    public String resolution;
}
