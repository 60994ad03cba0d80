package org.sendreform.risk.escalation;

import java.util.Optional;

import org.sendreform.risk.register.Category;
import org.sendreform.risk.scoring.Rag;

/**
 * The escalation rules. When a risk is raised, re-categorised or re-scored, a risk in a mandatory category goes
 * straight to the Board (the one move that may pass over a level, because the terms of reference say where such a
 * risk sits). After a re-score, a residual RAG that rises to Red, or stays Red, moves the risk one level up the
 * route. Plain Java: no REST, no persistence.
 */
public final class EscalationRules {

    private EscalationRules() {
    }

    /** A move the rules require: where to, and which rule. */
    public record Move(String to, EscalationReason reason) {
    }

    /** The terms of reference: a risk in a mandatory category sits with the Board. The move there, if it sits below. */
    public static Optional<Move> mandatory(Category category, String owningBody) {
        if (category.mustSitWithBoard() && EscalationRoute.level(owningBody) < EscalationRoute.level(EscalationRoute.BOARD)) {
            return Optional.of(new Move(EscalationRoute.BOARD, EscalationReason.MANDATORY_CATEGORY));
        }
        return Optional.empty();
    }

    public static Optional<Move> afterRescore(Category category, String owningBody, Rag residualBefore, Rag residualAfter) {
        Optional<Move> mandatory = mandatory(category, owningBody);
        if (mandatory.isPresent()) {
            return mandatory;
        }
        if (residualAfter != Rag.RED) {
            return Optional.empty();
        }
        EscalationReason reason = residualBefore == Rag.RED ? EscalationReason.RED_RESIDUAL_PERSISTING : EscalationReason.RED_RESIDUAL_RISING;
        return EscalationRoute.next(owningBody).map(to -> new Move(to, reason));
    }

    /**
     * Where a manual escalation goes: one level up, never skipping a level. Empty at the top of the route.
     */
    public static Optional<String> manualTarget(String owningBody) {
        return EscalationRoute.next(owningBody);
    }

    /**
     * Why a de-escalation to {@code to} is refused, or empty when it is allowed: it must go down the route, to the
     * risk's home body or a level of the route above it (never to a workspace the risk never belonged to), and a
     * mandatory-category risk may not leave the Board.
     */
    public static Optional<String> refuseDeEscalation(Category category, String homeBody, String owningBody, String to) {
        if (EscalationRoute.level(to) >= EscalationRoute.level(owningBody)) {
            return Optional.of("must name a body below " + owningBody + " on the escalation route");
        }
        if (!to.equals(homeBody) && EscalationRoute.level(to) <= EscalationRoute.level(homeBody)) {
            return Optional.of("must be the risk's home body " + homeBody + " or a body on the route above it");
        }
        if (category.mustSitWithBoard() && EscalationRoute.level(to) < EscalationRoute.level(EscalationRoute.BOARD)) {
            return Optional.of("a " + category + " risk must sit with the Board (terms of reference: mandatory escalation)");
        }
        return Optional.empty();
    }
}
