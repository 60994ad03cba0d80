package org.sendreform.milestones.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A note or link evidencing a milestone's delivery. */
@Entity
@Table(name = "milestone_evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "milestone_code")
    public String milestoneCode;
    public String note;
    public String link;
    @Column(name = "added_by")
    public String addedBy;
    @Column(name = "added_at", insertable = false, updatable = false)
    public Instant addedAt;
}
