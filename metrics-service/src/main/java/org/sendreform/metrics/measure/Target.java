package org.sendreform.metrics.measure;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated target or trajectory point: an absolute value, or relative to a comparator series. */
@Entity
public class Target extends PanacheEntityBase {

    public enum Relation {
        AT_LEAST, AT_MOST, EQUAL
    }

    public enum Comparator {
        NATIONAL, STATISTICAL_NEIGHBOURS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "measure_id")
    public Measure measure;

    public String period;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    public BigDecimal value;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    public String note;
}
