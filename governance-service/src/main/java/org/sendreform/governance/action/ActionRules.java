package org.sendreform.governance.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.decision.Recorders;
import org.sendreform.platform.problem.Problem.FieldError;

/**
 * Who keeps a body's actions and what an action must hold. Plain Java.
 * <ul>
 * <li>Whoever records the owning body's decisions ({@link Recorders}), and the programme manager and admin for
 * any partnership body. The Health and Wellbeing Board's actions are not kept here.</li>
 * <li>Due no earlier than the meeting or decision it arose from; created OPEN or IN_PROGRESS; dropped only with a
 * note saying why. The body, meeting and decision are fixed once created. A done or dropped action changes only by
 * being reopened.</li>
 * </ul>
 */
public final class ActionRules {

    private ActionRules() {
    }

    public static boolean mayKeep(BodyKind kind, String body, Set<String> roles, String workspaceClaim) {
        if (kind == BodyKind.EXTERNAL) {
            return false;
        }
        return roles.contains("programme-manager") || roles.contains("admin") || Recorders.mayRecord(kind, body, roles, workspaceClaim);
    }

    /**
     * @param item the action as it would be stored
     * @param current the action before the change; null on create
     * @param arisingOn the date of the meeting or decision it arose from (the later, when both)
     */
    public static List<FieldError> problems(ActionRequest item, ActionRequest current, LocalDate arisingOn) {
        List<FieldError> errors = new ArrayList<>();
        if (current != null) {
            fixed(errors, "body", item.body(), current.body());
            fixed(errors, "meeting", item.meeting(), current.meeting());
            fixed(errors, "decision", item.decision(), current.decision());
        }
        if (item.status() == null) {
            errors.add(new FieldError("status", "must not be null"));
        } else if (current == null && !item.status().open()) {
            errors.add(new FieldError("status", "a new action is OPEN or IN_PROGRESS"));
        }
        if (item.dueOn() != null && arisingOn != null && item.dueOn().isBefore(arisingOn)) {
            errors.add(new FieldError("dueOn", "must not be before the meeting or decision it arose from (" + arisingOn + ")"));
        }
        if (item.status() == ActionStatus.DROPPED && (item.note() == null || item.note().isBlank())) {
            errors.add(new FieldError("note", "is required to drop an action: say why"));
        }
        return errors;
    }

    /** A done or dropped action that stays closed may not change: true when the change would do that. */
    public static boolean changesClosed(ActionRequest item, ActionRequest current) {
        return current.status() != null && !current.status().open() && item.status() != null && !item.status().open()
                && !item.equals(current);
    }

    private static void fixed(List<FieldError> errors, String field, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            errors.add(new FieldError(field, "is fixed once the action is created"));
        }
    }
}
