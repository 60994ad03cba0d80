package org.sendreform.governance.quarterlyreturn;

import java.time.LocalDate;
import java.util.List;

/**
 * Event data of org.sendreform.governance.return-signed-off.v1: every signing partner has signed the DfE
 * quarterly return for the quarter, which is now frozen; metrics-service locks the quarter's periods. Key: the
 * return id.
 */
public record ReturnSignedOff(long returnId, String quarter, LocalDate quarterStart, LocalDate quarterEnd, List<String> signedBy) {

    public static final String TYPE = "org.sendreform.governance.return-signed-off.v1";
}
