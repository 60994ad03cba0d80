package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.util.List;

/** Event data of org.sendreform.milestones.milestone-created.v1: a milestone added to the plan. Key: the code. */
public record MilestoneCreated(String code, String title, String theme, String workspace, String duePeriod, LocalDate dueDate,
        LocalDate baselineDate, MilestoneStatus status, List<MilestoneView.MeasureExpectation> measures, List<String> risks,
        String createdBy) {

    public static final String TYPE = "org.sendreform.milestones.milestone-created.v1";

    public static MilestoneCreated of(MilestoneView m, String createdBy) {
        return new MilestoneCreated(m.code(), m.title(), m.theme(), m.workspace(), m.duePeriod(), m.dueDate(), m.baselineDate(),
                m.status(), m.measures(), m.risks(), createdBy);
    }
}
