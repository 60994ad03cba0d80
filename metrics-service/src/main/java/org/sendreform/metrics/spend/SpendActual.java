package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Actual spend of one category and condition bucket in one quarter, in pounds: the latest figure submitted. */
@Entity
@Table(name = "spend_actual")
public class SpendActual extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String year;
    public String quarter;
    @Column(name = "quarter_start")
    public LocalDate quarterStart;
    public String category;
    @Enumerated(EnumType.STRING)
    public ConditionBucket bucket;
    public BigDecimal amount;
    public String comment;
    public String org;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public String key() {
        return quarter + "|" + category + "|" + bucket;
    }
}
