package org.sendreform.milestones.milestone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The version of a milestone last announced as milestone-changed. */
@Entity
@Table(name = "milestone_announced")
public class MilestoneAnnounced extends PanacheEntityBase {
    @Id
    public String code;
    public long version;
}
