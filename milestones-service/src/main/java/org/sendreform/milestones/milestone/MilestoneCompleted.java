package org.sendreform.milestones.milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * Event data of org.sendreform.milestones.milestone-completed.v1: a milestone is complete, on time or late, with
 * what it was expected to move (e.g. +20 Specialist Base places). Key: the code.
 */
public record MilestoneCompleted(String code, String title, String workspace, LocalDate dueDate, LocalDate completedOn,
        long slippageDays, List<MilestoneView.MeasureExpectation> measures, List<String> risks) {

    public static final String TYPE = "org.sendreform.milestones.milestone-completed.v1";

    public static MilestoneCompleted of(MilestoneView m) {
        return new MilestoneCompleted(m.code(), m.title(), m.workspace(), m.dueDate(), m.completedOn(), m.slippageDays(), m.measures(),
                m.risks());
    }
}
