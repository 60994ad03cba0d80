package org.sendreform.governance.body;

import java.util.Optional;

/**
 * The life of a Task and Finish group, from the terms of reference: proposed by the RDG, it may not start (no
 * decisions, no actions) until the Board ratifies it; it is accountable to the RDG and disbands on completion.
 * Plain Java: each method answers why a step is refused, or nothing when it may go ahead.
 */
public final class TaskAndFinishLifecycle {

    private TaskAndFinishLifecycle() {
    }

    /** Why the Board may not ratify this body now. */
    public static Optional<String> ratifyRefusal(BodyKind kind, BodyStatus status, String code) {
        if (kind != BodyKind.TASK_AND_FINISH) {
            return Optional.of(code + " is not a Task and Finish group");
        }
        return switch (status) {
            case PROPOSED -> Optional.empty();
            case ACTIVE -> Optional.of(code + " is already ratified");
            case DISBANDED -> Optional.of(code + " was disbanded");
        };
    }

    /** Why this body may not take decisions or own actions now. */
    public static Optional<String> workRefusal(BodyKind kind, BodyStatus status, String code) {
        if (status == BodyStatus.ACTIVE) {
            return Optional.empty();
        }
        if (status == BodyStatus.PROPOSED) {
            return Optional.of(code + " is a proposed Task and Finish group: it may not start (no decisions, no actions) until a Board "
                    + "RATIFY_TASK_AND_FINISH decision ratifies it");
        }
        return Optional.of(code + " was disbanded: it takes no more decisions or actions");
    }

    /** Why this body may not be disbanded now. A proposed group that will not go ahead is disbanded too. */
    public static Optional<String> disbandRefusal(BodyKind kind, BodyStatus status, String code) {
        if (kind != BodyKind.TASK_AND_FINISH) {
            return Optional.of(code + " is a standing body of the terms of reference, not a Task and Finish group: it is not disbanded here");
        }
        return status == BodyStatus.DISBANDED ? Optional.of(code + " is already disbanded") : Optional.empty();
    }
}
