package org.sendreform.metrics.spend;

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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of an actual spend amount: the history a correction keeps. */
@Entity
@Table(name = "spend_actual_change")
@Schema(name = "ActualSpendChange")
public class SpendActualChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Schema(hidden = true)
    public Long id;
    @Schema(example = "FY2026-27-Q2")
    public String quarter;
    @Schema(example = "WORKFORCE")
    public String category;
    @Schema(example = "DIRECT_DELIVERY")
    public String bucket;
    @Schema(example = "UPDATED")
    public String change;
    @Column(name = "old_amount")
    @Schema(example = "584250.75")
    public BigDecimal oldAmount;
    @Column(name = "new_amount")
    @Schema(example = "586000.00")
    public BigDecimal newAmount;
    public String comment;
    @Schema(example = "coventry-la-finance")
    public String org;
    @Column(name = "changed_by")
    @Schema(example = "demo-la-finance")
    public String changedBy;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "changed_at", insertable = false, updatable = false)
    public Instant changedAt;
}
