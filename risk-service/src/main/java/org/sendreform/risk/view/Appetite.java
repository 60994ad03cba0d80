package org.sendreform.risk.view;

import java.util.Comparator;
import java.util.List;

/**
 * Risks above appetite: not closed, and the residual RAG worse than the target RAG the partnership set (a risk with
 * either RAG unset is not above it). Worst first: by residual RAG (Red first), then by how far above the target, then
 * by code.
 */
public final class Appetite {

    static final Comparator<RegisterEntry> WORST_FIRST = Comparator.<RegisterEntry>comparingInt(e -> -e.residualRag().ordinal())
            .thenComparingInt(e -> -e.levelsAboveAppetite()).thenComparing(RegisterEntry::code);

    private Appetite() {
    }

    public static List<RegisterEntry> above(List<RegisterEntry> register) {
        return register.stream().filter(RegisterEntry::open).filter(RegisterEntry::aboveAppetite).sorted(WORST_FIRST).toList();
    }
}
