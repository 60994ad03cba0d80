package org.sendreform.risk.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendreform.risk.view.Entries.entry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

class BodySummaryTest {

    static final Scale HML = Scale.HIGH_MEDIUM_LOW;

    @Test
    void eachBodyFromTheTopOfTheRouteDown() {
        List<RegisterEntry> register = List.of(
                entry("W1", "send-support", RiskStatus.OPEN, HML, "HIGH", "HIGH", Rag.RED, Rag.AMBER),
                entry("W2", "capital-sufficiency", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.GREEN, Rag.GREEN),
                entry("B1", "board", RiskStatus.ESCALATED, HML, "HIGH", "HIGH", Rag.RED, Rag.AMBER_GREEN),
                entry("B2", "board", RiskStatus.OPEN, HML, "HIGH", "MEDIUM", Rag.AMBER, null),
                entry("B3", "board", RiskStatus.ACCEPTED, HML, "HIGH", "MEDIUM", Rag.AMBER_GREEN, Rag.GREEN),
                entry("B4", "board", RiskStatus.OPEN, HML, "HIGH", "MEDIUM", null, Rag.GREEN),
                entry("B5", "board", RiskStatus.CLOSED, HML, "HIGH", "HIGH", Rag.RED, Rag.GREEN),
                entry("R1", "rdg", RiskStatus.ESCALATED, HML, "MEDIUM", "MEDIUM", Rag.AMBER, Rag.AMBER),
                entry("X1", "old-group", RiskStatus.CLOSED, HML, "LOW", "LOW", Rag.GREEN, null));
        List<BodySummary> bodies = BodySummary.of(register);
        assertEquals(List.of("board", "rdg", "capital-sufficiency", "send-support"), bodies.stream().map(BodySummary::body).toList(),
                "route order, workspaces by code; a body with only closed risks is not listed");
        BodySummary board = bodies.get(0);
        assertEquals(4, board.risks(), "the closed one is not counted");
        assertEquals(new BodySummary.RagCounts(1, 1, 1, 0, 1), board.byResidualRag());
        assertEquals(new BodySummary.RagCounts(0, 4, 0, 0, 0), board.byAssessedRag());
        assertEquals(1, board.escalated());
        assertEquals(1, board.accepted());
        assertEquals(2, board.aboveAppetite());
        assertEquals(List.of("B1"), board.redRisks());
        assertEquals(List.of("B1"), board.escalatedRisks());
        assertEquals(List.of("B1", "B3"), board.aboveAppetiteRisks());
        assertEquals(0, bodies.get(1).aboveAppetite(), "Amber against an Amber target is at appetite");
        assertEquals(List.of("W1"), bodies.get(3).aboveAppetiteRisks());
    }

    @Test
    void aboveAppetiteWorstFirst() {
        List<RegisterEntry> register = List.of(
                entry("A", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.AMBER, Rag.GREEN),
                entry("B", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.RED, Rag.AMBER),
                entry("C", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.RED, Rag.GREEN),
                entry("D", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.AMBER, Rag.AMBER_GREEN),
                entry("E", "board", RiskStatus.CLOSED, HML, "LOW", "LOW", Rag.RED, Rag.GREEN),
                entry("F", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.GREEN, Rag.AMBER),
                entry("G", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.RED, null),
                entry("H", "board", RiskStatus.ACCEPTED, HML, "LOW", "LOW", Rag.AMBER_GREEN, Rag.GREEN),
                entry("I", "board", RiskStatus.OPEN, HML, "LOW", "LOW", Rag.AMBER, Rag.GREEN));
        List<RegisterEntry> above = Appetite.above(register);
        assertEquals(List.of("C", "B", "A", "I", "D", "H"), above.stream().map(RegisterEntry::code).toList());
        assertEquals(List.of(3, 1, 2, 2, 1, 1), above.stream().map(RegisterEntry::levelsAboveAppetite).toList());
    }
}
