package org.sendreform.milestones.roadmap;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A theme of the plan: the four building blocks (BB1–BB4), Experts at Hand and the enablers (EN1–EN3). */
@Entity
public class Theme extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    public String maturity;
    public int position;

    @OneToMany(mappedBy = "theme", fetch = FetchType.LAZY)
    @OrderBy("planYear, position")
    public List<RoadmapItem> roadmap = new ArrayList<>();
}
