package org.sendreform.milestones;

import java.time.LocalDate;
import java.util.UUID;

import org.sendreform.milestones.milestone.Milestone;
import org.sendreform.milestones.milestone.MilestoneStatus;
import org.sendreform.milestones.workspace.Workspace;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A fresh milestone of its own for each test, due well in the future (30 Sep 2029), in the test workspace. */
public final class TestMilestones {

    private TestMilestones() {
    }

    public static String fresh(MilestoneStatus status) {
        return fresh(status, LocalDate.of(2029, 9, 30));
    }

    /** A fresh milestone due on {@code due}, in the test workspace, linked to R-05. */
    public static String fresh(MilestoneStatus status, LocalDate due) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            if (Workspace.findById("test-ws") == null) {
                Workspace w = new Workspace();
                w.code = "test-ws";
                w.name = "Test workspace";
                w.persist();
            }
            Milestone m = new Milestone();
            m.code = code;
            m.title = "Test milestone";
            m.workspaceCode = "test-ws";
            m.duePeriod = org.sendreform.platform.period.Period.financialQuarterOf(due).code();
            m.dueDate = due;
            m.baselineDate = m.dueDate;
            m.status = status;
            m.riskCodes.add("R-05");
            m.persist();
        });
        return code;
    }
}
