package org.sendreform.governance.decision;

import java.util.Objects;
import java.util.Set;

import org.sendreform.governance.body.BodyKind;

/**
 * Who records a body's decisions: the board secretary for the Board; RDG members and the programme manager for
 * the RDG and the Task and Finish groups accountable to it; a workspace's lead (token claim {@code workspace})
 * and the programme manager for a workspace; admin for any. Decisions of the Health and Wellbeing Board are
 * not the partnership's to record. Plain Java.
 */
public final class Recorders {

    private Recorders() {
    }

    public static boolean mayRecord(BodyKind kind, String body, Set<String> roles, String workspaceClaim) {
        if (roles.contains("admin") && kind != BodyKind.EXTERNAL) {
            return true;
        }
        return switch (kind) {
            case BOARD -> roles.contains("board-secretary");
            case DELIVERY_GROUP, TASK_AND_FINISH -> roles.contains("rdg-member") || roles.contains("programme-manager");
            case WORKSPACE -> roles.contains("programme-manager")
                    || (roles.contains("workspace-lead") && Objects.equals(workspaceClaim, body));
            case EXTERNAL -> false;
        };
    }
}
