package org.sendreform.governance.quarterlyreturn;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sign-off rules of the return, plain Java: a signatory signs for the party their organisation is; each
 * party signs once; a return is signed off (and frozen) when every party has signed.
 */
public final class SignOff {

    private SignOff() {
    }

    /** The party an organisation signs for, if it is one of the signing partners. */
    public static Optional<Party> partyOf(String organisation, Map<Party, String> organisations) {
        return organisations.entrySet().stream().filter(e -> e.getValue().equals(organisation)).map(Map.Entry::getKey).findFirst();
    }

    public static boolean complete(Set<Party> signed) {
        return signed.containsAll(EnumSet.allOf(Party.class));
    }
}
