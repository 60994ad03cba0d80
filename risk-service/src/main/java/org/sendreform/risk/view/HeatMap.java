package org.sendreform.risk.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;
import org.sendreform.risk.scoring.ScoringMatrix;

/**
 * Counts the register's risks that are not closed into heat-map cells. Inherent: per scale in use (the plan's
 * High/Medium/Low 3×3 and the 5×5 kept apart, as their levels mean different things), one cell per impact ×
 * likelihood pair, every cell present (empty ones count 0), highest impact first, then likelihood from the lowest.
 * Residual: the register holds the residual rating as a RAG only (no residual impact or likelihood: V1 and V3 store
 * residual_rag alone), so the residual view counts risks per residual RAG, worst first, and those not rated apart;
 * a RAG means the same on either scale, so it is not split by scale.
 */
public final class HeatMap {

    /** Which view(s) to give. */
    @Schema(name = "HeatMapBasis")
    public enum Basis {
        INHERENT, RESIDUAL
    }

    @Schema(name = "HeatMapCell", description = "One impact × likelihood cell: its score and matrix RAG, and the open risks in it")
    public record Cell(String impact, String likelihood, int score, Rag matrixRag, int count, List<String> risks) {
    }

    @Schema(name = "HeatMapGrid", description = "The cells of one scale, highest impact first, then likelihood from the lowest")
    public record Grid(Scale scale, List<String> impactLevels, List<String> likelihoodLevels, int total, List<Cell> cells) {
    }

    @Schema(name = "HeatMapBand", description = "The open risks with one residual RAG")
    public record Band(Rag residualRag, int count, List<String> risks) {
    }

    @Schema(name = "HeatMapUnrated", description = "The open risks with no residual RAG yet")
    public record Unrated(int count, List<String> risks) {
    }

    @Schema(name = "HeatMapResidual", description = "Open risks per residual RAG, worst first")
    public record Residual(int total, List<Band> bands, Unrated notRated) {
    }

    /** The residual RAGs, worst first. */
    static final List<Rag> WORST_FIRST = Arrays.stream(Rag.values()).sorted((a, b) -> b.ordinal() - a.ordinal()).toList();

    private HeatMap() {
    }

    /** One grid per scale some open risk is scored on, in the order of {@link Scale}. */
    public static List<Grid> inherent(List<RegisterEntry> register) {
        List<Grid> grids = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            List<RegisterEntry> on = register.stream().filter(RegisterEntry::open).filter(e -> e.scale() == scale).toList();
            if (on.isEmpty()) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            List<String> levels = scale.levels();
            for (int i = levels.size() - 1; i >= 0; i--) {
                String impact = levels.get(i);
                for (String likelihood : levels) {
                    List<String> codes = on.stream().filter(e -> impact.equals(level(scale, e.impact())) && likelihood.equals(level(scale, e.likelihood())))
                            .map(RegisterEntry::code).sorted().toList();
                    cells.add(new Cell(impact, likelihood, ScoringMatrix.score(scale, impact, likelihood), ScoringMatrix.rag(scale, impact, likelihood),
                            codes.size(), codes));
                }
            }
            grids.add(new Grid(scale, levels.reversed(), levels, on.size(), cells));
        }
        return grids;
    }

    public static Residual residual(List<RegisterEntry> register) {
        List<RegisterEntry> open = register.stream().filter(RegisterEntry::open).toList();
        List<Band> bands = WORST_FIRST.stream().map(rag -> {
            List<String> codes = open.stream().filter(e -> e.residualRag() == rag).map(RegisterEntry::code).sorted().toList();
            return new Band(rag, codes.size(), codes);
        }).toList();
        List<String> unrated = open.stream().filter(e -> e.residualRag() == null).map(RegisterEntry::code).sorted().toList();
        return new Residual(open.size(), bands, new Unrated(unrated.size(), unrated));
    }

    /** The level as the scale writes it (the register stores it so; this also reads "high" or " 3 "). */
    private static String level(Scale scale, String value) {
        try {
            return scale.levels().get(scale.rank(value) - 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
