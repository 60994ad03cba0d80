package org.sendreform.metrics.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;
import org.sendreform.platform.period.Period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A success measure of the plan. */
@Entity
public class Measure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String description;
    /** How the measure is computed, in words; part of its definition (a change is a new definition version). */
    public String definition;
    @Column(name = "numerator_definition")
    public String numeratorDefinition;
    @Column(name = "denominator_definition")
    public String denominatorDefinition;
    @Enumerated(EnumType.STRING)
    public Unit unit;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Enumerated(EnumType.STRING)
    public MeasureKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public Period.Kind periodType;
    @Column(name = "theme_code")
    public String themeCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_owners")
    public List<String> dataOwners = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "disaggregations")
    public List<String> disaggregations = new ArrayList<>(List.of("all"));
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;
    @Column(name = "baseline_period")
    public String baselinePeriod;
    @Column(name = "baseline_note")
    public String baselineNote;
    @Column(name = "target_text")
    public String targetText;
    public String source;
    /** Shortfall still counted as "at risk", in the measure's unit; null: 5% of the expected value. */
    public BigDecimal tolerance;
    /** Values for a period are due this many days after it ends (completeness report). */
    @Column(name = "submission_due_days")
    public int submissionDueDays = 30;
    /** The definition values are submitted under now; each value cites the one it was submitted under. */
    @Column(name = "definition_version")
    public int definitionVersion = 1;
    @Version
    public long version;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    @UpdateTimestamp
    public Instant updatedAt;

    @OneToMany(mappedBy = "measure")
    @OrderBy("period")
    public List<Target> targets = new ArrayList<>();
}
