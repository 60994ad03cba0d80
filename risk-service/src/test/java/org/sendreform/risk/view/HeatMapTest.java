package org.sendreform.risk.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendreform.risk.view.Entries.entry;
import static org.sendreform.risk.view.Entries.hml;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

class HeatMapTest {

    static HeatMap.Cell cell(HeatMap.Grid grid, String impact, String likelihood) {
        return grid.cells().stream().filter(c -> c.impact().equals(impact) && c.likelihood().equals(likelihood)).findFirst().orElseThrow();
    }

    @Test
    void thePlansEightRisksOnTheThreeByThree() {
        // impact and likelihood as the plan enters them (digest §5)
        List<RegisterEntry> plan = List.of(hml("R-01", "HIGH", "HIGH", Rag.AMBER), hml("R-02", "HIGH", "MEDIUM", Rag.AMBER),
                hml("R-03", "HIGH", "MEDIUM", Rag.GREEN), hml("R-04", "HIGH", "MEDIUM", Rag.GREEN),
                hml("R-05", "HIGH", "MEDIUM", Rag.AMBER_GREEN), hml("R-06", "HIGH", "HIGH", Rag.AMBER),
                hml("R-07", "HIGH", "HIGH", Rag.AMBER), hml("R-08", "HIGH", "MEDIUM", Rag.AMBER_GREEN));
        List<HeatMap.Grid> grids = HeatMap.inherent(plan);
        assertEquals(1, grids.size(), "only the scale in use");
        HeatMap.Grid grid = grids.get(0);
        assertEquals(Scale.HIGH_MEDIUM_LOW, grid.scale());
        assertEquals(8, grid.total());
        assertEquals(9, grid.cells().size(), "every cell, empty ones too");
        assertEquals(List.of("HIGH", "MEDIUM", "LOW"), grid.impactLevels());
        assertEquals(List.of("LOW", "MEDIUM", "HIGH"), grid.likelihoodLevels());
        assertEquals(List.of("HIGH", "LOW"), List.of(grid.cells().get(0).impact(), grid.cells().get(0).likelihood()),
                "highest impact first, then likelihood from the lowest");
        HeatMap.Cell highMedium = cell(grid, "HIGH", "MEDIUM");
        assertEquals(5, highMedium.count());
        assertEquals(List.of("R-02", "R-03", "R-04", "R-05", "R-08"), highMedium.risks());
        assertEquals(6, highMedium.score());
        assertEquals(Rag.RED, highMedium.matrixRag());
        assertEquals(List.of("R-01", "R-06", "R-07"), cell(grid, "HIGH", "HIGH").risks());
        assertEquals(0, cell(grid, "LOW", "LOW").count());
        assertEquals(8, grid.cells().stream().mapToInt(HeatMap.Cell::count).sum());

        HeatMap.Residual residual = HeatMap.residual(plan);
        assertEquals(8, residual.total());
        assertEquals(List.of(Rag.RED, Rag.AMBER, Rag.AMBER_GREEN, Rag.GREEN), residual.bands().stream().map(HeatMap.Band::residualRag).toList(),
                "worst first");
        assertEquals(List.of(0, 4, 2, 2), residual.bands().stream().map(HeatMap.Band::count).toList());
        assertEquals(List.of("R-05", "R-08"), residual.bands().get(2).risks());
        assertEquals(0, residual.notRated().count());
    }

    @Test
    void scalesAreCountedApartAndClosedRisksNotAtAll() {
        List<RegisterEntry> register = List.of(hml("A", "LOW", "HIGH", null),
                entry("B", "rdg", RiskStatus.OPEN, Scale.FIVE_BY_FIVE, "5", "3", Rag.RED, null),
                entry("C", "rdg", RiskStatus.ESCALATED, Scale.FIVE_BY_FIVE, "5", "3", Rag.AMBER, null),
                entry("D", "rdg", RiskStatus.ACCEPTED, Scale.FIVE_BY_FIVE, "1", "1", Rag.GREEN, null),
                entry("E", "rdg", RiskStatus.CLOSED, Scale.FIVE_BY_FIVE, "5", "3", Rag.RED, null));
        List<HeatMap.Grid> grids = HeatMap.inherent(register);
        assertEquals(List.of(Scale.HIGH_MEDIUM_LOW, Scale.FIVE_BY_FIVE), grids.stream().map(HeatMap.Grid::scale).toList());
        HeatMap.Grid five = grids.get(1);
        assertEquals(25, five.cells().size());
        assertEquals(3, five.total(), "the closed risk is not counted");
        assertEquals(List.of("B", "C"), cell(five, "5", "3").risks());
        assertEquals(15, cell(five, "5", "3").score());
        assertEquals(Rag.RED, cell(five, "5", "3").matrixRag());
        assertEquals(List.of("D"), cell(five, "1", "1").risks());
        assertEquals(List.of("5", "4", "3", "2", "1"), five.impactLevels());
        assertEquals(List.of("A"), cell(grids.get(0), "LOW", "HIGH").risks());

        HeatMap.Residual residual = HeatMap.residual(register);
        assertEquals(4, residual.total());
        assertEquals(List.of("B"), residual.bands().get(0).risks(), "the closed red risk is not counted");
        assertEquals(List.of("A"), residual.notRated().risks());
    }

    @Test
    void anEmptyRegisterHasNoGrids() {
        assertEquals(List.of(), HeatMap.inherent(List.of()));
        assertEquals(List.of(), HeatMap.inherent(List.of(entry("E", "rdg", RiskStatus.CLOSED, Scale.HIGH_MEDIUM_LOW, "LOW", "LOW", null, null))));
        assertEquals(0, HeatMap.residual(List.of()).total());
    }
}
