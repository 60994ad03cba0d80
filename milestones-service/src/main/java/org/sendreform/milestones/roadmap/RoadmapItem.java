package org.sendreform.milestones.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One bullet of the three-year roadmap: what a theme delivers in a plan year. */
@Entity
@Table(name = "roadmap_item")
public class RoadmapItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "theme_code")
    public Theme theme;

    @Column(name = "plan_year")
    public String planYear;
    public int position;
    public String text;
}
