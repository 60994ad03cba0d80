package org.sendreform.metrics.measure;

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
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sendreform.platform.period.Period;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a measure's definition, kept for good: values cite the version they were submitted under. */
@Entity
@Table(name = "measure_definition")
public class MeasureDefinition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_id")
    public long measureId;
    public int version;
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
    @Column(name = "period_type")
    public Period.Kind periodType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> disaggregations = new ArrayList<>();
    public String source;
    @Column(name = "defined_by")
    public String definedBy;
    @Column(name = "defined_at")
    public Instant definedAt;
    public String reason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public List<String> changedFields = new ArrayList<>();

    /** The measure's definition as it stands now, as its version {@code m.definitionVersion}. */
    static MeasureDefinition of(Measure m, String definedBy, Instant at, String reason, List<String> changedFields) {
        MeasureDefinition d = new MeasureDefinition();
        d.measureId = m.id;
        d.version = m.definitionVersion;
        d.definition = m.definition;
        d.numeratorDefinition = m.numeratorDefinition;
        d.denominatorDefinition = m.denominatorDefinition;
        d.unit = m.unit;
        d.direction = m.direction;
        d.periodType = m.periodType;
        d.disaggregations = new ArrayList<>(m.disaggregations);
        d.source = m.source;
        d.definedBy = definedBy;
        d.definedAt = at;
        d.reason = reason;
        d.changedFields = new ArrayList<>(changedFields);
        return d;
    }
}
