package org.sendreform.governance.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendreform.governance.body.DecisionType;

/**
 * Decision rights are enforced: a body records only the types of decision its terms of reference give it. A
 * refusal names the bodies that do hold the right, so the caller knows where the decision belongs. Plain Java.
 */
public final class DecisionRights {

    private DecisionRights() {
    }

    /** Why {@code body} may not take a {@code type} decision, naming the holders; empty when it may. */
    public static Optional<String> refusal(String body, DecisionType type, Map<String, Set<DecisionType>> rightsByBody) {
        if (rightsByBody.getOrDefault(body, Set.of()).contains(type)) {
            return Optional.empty();
        }
        List<String> holders = rightsByBody.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey)
                .sorted().toList();
        return Optional.of(body + " does not hold the right to take " + type + " decisions; "
                + (holders.isEmpty() ? "no body holds it" : "held by " + String.join(", ", holders)));
    }
}
