package org.sendreform.milestones.milestone;

import java.time.LocalDate;

/**
 * Event data of org.sendreform.milestones.milestone-changed.v1: the milestone as it now stands, once per
 * version (and once for each milestone of the seed at first start), so consumers keep a read model of the whole
 * plan. Slippage is not carried: it moves with the calendar; consumers derive it from the dates. Key: the code.
 */
public record MilestoneChanged(String code, String title, String theme, String workspace, String duePeriod, LocalDate dueDate,
        LocalDate baselineDate, LocalDate forecastDate, LocalDate completedOn, MilestoneStatus status, Confidence confidence,
        String confidenceNote, long version) {

    public static final String TYPE = "org.sendreform.milestones.milestone-changed.v1";

    public static MilestoneChanged of(Milestone m) {
        return new MilestoneChanged(m.code, m.title, m.themeCode, m.workspaceCode, m.duePeriod, m.dueDate, m.baselineDate,
                m.forecastDate, m.completedOn, m.status, m.confidence, m.confidenceNote, m.version);
    }
}
