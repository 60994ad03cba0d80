package org.sendreform.governance.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaskAndFinishLifecycleTest {

    static final BodyKind TF = BodyKind.TASK_AND_FINISH;

    @Test
    void onlyAProposedGroupIsRatified() {
        assertFalse(TaskAndFinishLifecycle.ratifyRefusal(TF, BodyStatus.PROPOSED, "tf-a").isPresent());
        assertTrue(TaskAndFinishLifecycle.ratifyRefusal(TF, BodyStatus.ACTIVE, "tf-a").orElseThrow().contains("already ratified"));
        assertTrue(TaskAndFinishLifecycle.ratifyRefusal(TF, BodyStatus.DISBANDED, "tf-a").orElseThrow().contains("disbanded"));
        assertTrue(TaskAndFinishLifecycle.ratifyRefusal(BodyKind.WORKSPACE, BodyStatus.ACTIVE, "qa-data-digital").isPresent());
    }

    @Test
    void aGroupWorksOnlyBetweenRatificationAndDisbandment() {
        assertTrue(TaskAndFinishLifecycle.workRefusal(TF, BodyStatus.PROPOSED, "tf-a").orElseThrow().contains("RATIFY_TASK_AND_FINISH"));
        assertFalse(TaskAndFinishLifecycle.workRefusal(TF, BodyStatus.ACTIVE, "tf-a").isPresent());
        assertTrue(TaskAndFinishLifecycle.workRefusal(TF, BodyStatus.DISBANDED, "tf-a").isPresent());
        assertFalse(TaskAndFinishLifecycle.workRefusal(BodyKind.BOARD, BodyStatus.ACTIVE, "board").isPresent());
    }

    @Test
    void onlyTaskAndFinishGroupsAreDisbandedAndOnce() {
        assertFalse(TaskAndFinishLifecycle.disbandRefusal(TF, BodyStatus.PROPOSED, "tf-a").isPresent());
        assertFalse(TaskAndFinishLifecycle.disbandRefusal(TF, BodyStatus.ACTIVE, "tf-a").isPresent());
        assertTrue(TaskAndFinishLifecycle.disbandRefusal(TF, BodyStatus.DISBANDED, "tf-a").isPresent());
        assertTrue(TaskAndFinishLifecycle.disbandRefusal(BodyKind.DELIVERY_GROUP, BodyStatus.ACTIVE, "rdg").isPresent());
    }
}
