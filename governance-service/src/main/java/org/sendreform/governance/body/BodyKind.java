package org.sendreform.governance.body;

public enum BodyKind {
    BOARD, DELIVERY_GROUP, WORKSPACE, TASK_AND_FINISH, EXTERNAL
}
