package org.sendreform.risk.escalation;

import java.util.List;
import java.util.Optional;

/**
 * The escalation route of the terms of reference: a workspace escalates to the Reform Delivery Group, the RDG
 * to the SEND and AP Partnership Board, the Board to the Health and Wellbeing Board. Body codes are shared with
 * governance-service; any body that is not one of the named levels is a workspace (or a Task and Finish group,
 * which is accountable to the RDG in the same way).
 */
public final class EscalationRoute {

    public static final String RDG = "rdg";
    public static final String BOARD = "board";
    public static final String HWB = "hwb";

    private static final List<String> ABOVE_WORKSPACES = List.of(RDG, BOARD, HWB);

    private EscalationRoute() {
    }

    /** 0 for a workspace, 1 the RDG, 2 the Board, 3 the Health and Wellbeing Board. */
    public static int level(String body) {
        return ABOVE_WORKSPACES.indexOf(body) + 1;
    }

    /** The body one level up, or empty at the top of the route. */
    public static Optional<String> next(String body) {
        int level = level(body);
        return level >= ABOVE_WORKSPACES.size() ? Optional.empty() : Optional.of(ABOVE_WORKSPACES.get(level));
    }

    public static boolean isWorkspace(String body) {
        return level(body) == 0;
    }
}
