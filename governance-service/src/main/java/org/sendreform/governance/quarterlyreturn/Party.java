package org.sendreform.governance.quarterlyreturn;

/** The partners who sign the DfE quarterly return off: the council, the ICB and the parent carer forum. */
public enum Party {
    COUNCIL, ICB, PCF
}
