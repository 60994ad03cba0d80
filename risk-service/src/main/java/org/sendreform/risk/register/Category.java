package org.sendreform.risk.register;

import java.util.EnumSet;
import java.util.Set;

/** Risk categories. The first four are the terms of reference's mandatory escalations to the Board. */
public enum Category {
    STATUTORY_COMPLIANCE, SIGNIFICANT_FINANCIAL, SUFFICIENCY, PARTNERSHIP_FAILURE,
    WORKFORCE, CAPITAL, DATA, FINANCE, SERVICE_DELIVERY;

    private static final Set<Category> MANDATORY_BOARD = EnumSet.of(STATUTORY_COMPLIANCE, SIGNIFICANT_FINANCIAL,
            SUFFICIENCY, PARTNERSHIP_FAILURE);

    public boolean mustSitWithBoard() {
        return MANDATORY_BOARD.contains(this);
    }
}
