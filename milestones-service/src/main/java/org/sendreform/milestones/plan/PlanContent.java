package org.sendreform.milestones.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.milestones.milestone.MilestoneView;
import org.sendreform.milestones.roadmap.ThemeView;

/** What a version of the plan holds: its themes with their roadmap, its milestones and their dependencies. */
@Schema(name = "PlanContent")
public record PlanContent(List<ThemeView> themes, List<MilestoneView> milestones, List<Link> dependencies) {

    @Schema(name = "PlanDependency")
    public record Link(@Schema(example = "M-CS-Q3-05") String predecessor, @Schema(example = "M-CS-Q4-05") String successor) {
    }
}
