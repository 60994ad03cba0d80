package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * Event data of org.sendreform.milestones.milestone-slipped.v1: a milestone that was on time now slips (its
 * forecast passed its due date, or it is open past it). risk-service raises signals on the linked risks.
 */
public record MilestoneSlipped(String milestoneCode, String title, String workspace, LocalDate dueDate, LocalDate forecastDate,
        long slippageDays, List<String> risks) {

    public static final String TYPE = "org.sendreform.milestones.milestone-slipped.v1";

    /** The event for a milestone that has just slipped, as {@code now} shows it. */
    public static MilestoneSlipped of(Milestone m, MilestoneView now) {
        return new MilestoneSlipped(m.code, m.title, m.workspaceCode, m.dueDate, m.forecastDate, now.slippageDays(), now.risks());
    }
}
