package org.sendreform.governance.body;

/**
 * Event data of org.sendreform.governance.task-and-finish-ratified.v1: the Board ratified a Task and Finish group
 * the RDG proposed, so it may start. The key is the group's code.
 */
public record TaskAndFinishRatified(String group, String name, String accountableTo, Long proposedByDecision, long ratifiedByDecision,
        String ratifiedBy) {

    public static final String TYPE = "org.sendreform.governance.task-and-finish-ratified.v1";
}
