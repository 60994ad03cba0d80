package org.sendreform.risk.mitigation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.sendreform.platform.problem.FieldErrors;
import org.sendreform.platform.patch.MergePatch;

/**
 * Applies a JSON merge patch to a mitigation: action, owner, due date and status. A due date may not be moved into
 * the past; the completion date follows the status (set when it becomes DONE, cleared when it is reopened). All
 * problems are reported at once (422) and nothing changes unless all is well.
 */
public final class MitigationUpdate {

    static final Set<String> WRITABLE = Set.of("action", "owner", "dueDate", "status");
    static final Map<String, String> SET_ELSEWHERE = Map.of(
            "id", "is the mitigation's identity",
            "position", "is the order in which it was added",
            "completedOn", "is set when the status becomes DONE",
            "version", "is set by the platform; send it as If-Match",
            "riskCode", "a mitigation stays with its risk");

    private MitigationUpdate() {
    }

    public static void apply(Mitigation m, JsonNode patch, LocalDate today) {
        MergePatch p = MergePatch.of(patch, WRITABLE, SET_ELSEWHERE);
        String action = p.text("action", m.action, 2000, true);
        String owner = p.text("owner", m.owner, 300, false);
        LocalDate due = p.date("dueDate", m.dueDate);
        Mitigation.Status status = p.choice("status", m.status, Mitigation.Status.class, true);
        if (!Objects.equals(due, m.dueDate)) {
            dueDate(due, today, p.errors());
        }
        p.errors().throwIfAny();
        m.action = action;
        m.owner = owner;
        m.dueDate = due;
        m.completedOn = completedOn(m.status, m.completedOn, status, today);
        m.status = status;
    }

    /** A due date set now may not lie in the past: an action is not planned late. */
    static void dueDate(LocalDate due, LocalDate today, FieldErrors errors) {
        errors.check(due == null || !due.isBefore(today), "dueDate", "must not be in the past (today is " + today + ")");
    }

    /** The day an action was done: kept while it stays DONE, today when it becomes DONE, none when it is open. */
    static LocalDate completedOn(Mitigation.Status was, LocalDate completedOn, Mitigation.Status now, LocalDate today) {
        if (now != Mitigation.Status.DONE) {
            return null;
        }
        return was == Mitigation.Status.DONE ? completedOn : today;
    }
}
