package org.sendreform.governance.body;

public enum Cadence {
    HALF_TERMLY, MONTHLY, QUARTERLY, AS_NEEDED
}
