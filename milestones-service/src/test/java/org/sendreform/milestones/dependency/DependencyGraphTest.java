package org.sendreform.milestones.dependency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendreform.milestones.dependency.DependencyGraph.Link;
import org.sendreform.milestones.dependency.DependencyGraph.Node;

class DependencyGraphTest {

    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    static final LocalDate DEC_15 = LocalDate.of(2026, 12, 15);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    final List<Node> nodes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    DependencyGraphTest open(String code, LocalDate due, LocalDate expected) {
        nodes.add(new Node(code, code + " title", true, false, due, expected));
        return this;
    }

    DependencyGraphTest complete(String code, LocalDate due, LocalDate completed) {
        nodes.add(new Node(code, code + " title", false, false, due, completed));
        return this;
    }

    DependencyGraphTest cancelled(String code, LocalDate due) {
        nodes.add(new Node(code, code + " title", false, true, due, due));
        return this;
    }

    DependencyGraphTest link(String predecessor, String successor) {
        links.add(new Link(predecessor, successor));
        return this;
    }

    DependencyGraph graph() {
        return new DependencyGraph(nodes, links);
    }

    @Test
    void aLinkThatWouldCloseACycleIsSpelledOut() {
        open("A", NOV_30, NOV_30).open("B", NOV_30, NOV_30).open("C", NOV_30, NOV_30).open("D", NOV_30, NOV_30)
                .link("A", "B").link("B", "C");
        DependencyGraph g = graph();
        assertEquals(Optional.of(List.of("C", "A", "B", "C")), g.cycleIfLinked("C", "A"));
        assertEquals(Optional.of(List.of("B", "A", "B")), g.cycleIfLinked("B", "A"));
        assertEquals(Optional.of(List.of("A", "A")), g.cycleIfLinked("A", "A"));
        assertEquals(Optional.empty(), g.cycleIfLinked("A", "C"), "a second path is not a cycle");
        assertEquals(Optional.empty(), g.cycleIfLinked("D", "A"));
        assertEquals(Optional.empty(), g.cycleIfLinked("C", "D"));
    }

    @Test
    void aPredecessorExpectedAfterTheDueDateFlagsItsSuccessorAndSaysWhy() {
        open("A", NOV_30, DEC_15).open("B", NOV_30, NOV_30).link("A", "B");
        DependencyGraph.Flag flag = graph().flag("B").orElseThrow();
        assertEquals("A", flag.predecessor());
        assertEquals("A", flag.origin());
        assertEquals(DEC_15, flag.date());
        assertEquals("A (A title) is expected on 2026-12-15, after this milestone's due date 2026-11-30", flag.reason());
        assertTrue(graph().flag("A").isEmpty());
    }

    @Test
    void aPredecessorExpectedOnTheDueDateIsNoRisk() {
        open("A", NOV_30, NOV_30).open("B", NOV_30, NOV_30).link("A", "B");
        assertTrue(graph().flag("B").isEmpty());
    }

    @Test
    void latenessCarriesDownTheChainAndNamesItsOrigin() {
        // A is late; B is due before A can finish, so B's implied date moves; C, due before that, is at risk too
        open("A", NOV_30, DEC_31).open("B", NOV_30, NOV_30).open("C", DEC_15, DEC_15).link("A", "B").link("B", "C");
        DependencyGraph g = graph();
        assertEquals(Optional.of(DEC_31), g.impliedDate("C"));
        DependencyGraph.Flag flag = g.flag("C").orElseThrow();
        assertEquals("B", flag.predecessor());
        assertEquals("A", flag.origin());
        assertEquals("B (B title) cannot finish before 2026-12-31 because of A (A title), after this milestone's due date 2026-12-15",
                flag.reason());
        assertEquals(List.of("A", "B", "C"), g.drivingChain("C").stream().map(DependencyGraph.Step::code).toList());
    }

    @Test
    void aMilestoneWhoseOwnDateRulesIsAChainOfOne() {
        open("A", NOV_30, NOV_30).open("B", DEC_31, DEC_31).link("A", "B");
        DependencyGraph g = graph();
        assertEquals(List.of("B"), g.drivingChain("B").stream().map(DependencyGraph.Step::code).toList());
        assertEquals(Optional.of(DEC_31), g.impliedDate("B"));
        assertTrue(g.flag("B").isEmpty());
    }

    @Test
    void theLatestOfSeveralPredecessorsDrives() {
        open("A", NOV_30, DEC_15).open("B", NOV_30, DEC_31).open("C", NOV_30, NOV_30).link("A", "C").link("B", "C");
        DependencyGraph g = graph();
        assertEquals("B", g.flag("C").orElseThrow().predecessor());
        assertEquals(List.of("B", "C"), g.drivingChain("C").stream().map(DependencyGraph.Step::code).toList());
    }

    @Test
    void finishedAndCancelledPredecessorsHoldNothingBack() {
        complete("A", NOV_30, DEC_15).cancelled("X", NOV_30).open("B", NOV_30, NOV_30).link("A", "B").link("X", "B");
        DependencyGraph g = graph();
        assertTrue(g.flag("B").isEmpty());
        assertEquals(Optional.of(NOV_30), g.impliedDate("B"));
        assertEquals(Optional.empty(), g.impliedDate("X"));
    }

    @Test
    void aCompletedMilestoneBreaksTheChainAndIsNeverFlagged() {
        open("A", NOV_30, DEC_31).complete("B", NOV_30, NOV_30).open("C", DEC_15, DEC_15).link("A", "B").link("B", "C");
        DependencyGraph g = graph();
        assertTrue(g.flag("B").isEmpty());
        assertTrue(g.flag("C").isEmpty());
        assertEquals(List.of("C"), g.drivingChain("C").stream().map(DependencyGraph.Step::code).toList());
    }
}
