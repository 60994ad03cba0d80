package org.sendreform.milestones.dependency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A successor milestone that cannot finish before its predecessor. */
@Entity
@Table(name = "milestone_dependency")
public class Dependency extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "predecessor_code")
    public String predecessorCode;
    @Column(name = "successor_code")
    public String successorCode;
    public String note;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
