package org.sendreform.governance.wesaid;

/** Where the response stands: still listening, doing something about it, or done. */
public enum WeSaidStatus {
    LISTENING, IN_PROGRESS, DONE
}
