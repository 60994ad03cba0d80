package org.sendreform.metrics.spend;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Planned spend of one category in one financial quarter of a grant year, in pounds. */
@Entity
@Table(name = "spend_plan_line")
public class SpendPlanLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String year;
    public String quarter;
    public String category;
    public BigDecimal amount;
    public String note;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
