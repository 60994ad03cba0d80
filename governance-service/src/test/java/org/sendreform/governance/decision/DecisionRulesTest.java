package org.sendreform.governance.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.DecisionType;

class DecisionRulesTest {

    static final Map<String, Set<DecisionType>> RIGHTS = Map.of(
            "board", Set.of(DecisionType.ACCEPT_SYSTEM_RISK, DecisionType.ESCALATE, DecisionType.DIRECT_RDG),
            "rdg", Set.of(DecisionType.RESEQUENCE_MILESTONES, DecisionType.ESCALATE),
            "capital-sufficiency", Set.of(DecisionType.RECOMMEND, DecisionType.ESCALATE));

    @Test
    void aBodyTakesOnlyTheDecisionsItHoldsAndARefusalNamesTheHolder() {
        assertEquals(Optional.empty(), DecisionRights.refusal("board", DecisionType.ACCEPT_SYSTEM_RISK, RIGHTS));
        assertEquals(Optional.of("rdg does not hold the right to take ACCEPT_SYSTEM_RISK decisions; held by board"),
                DecisionRights.refusal("rdg", DecisionType.ACCEPT_SYSTEM_RISK, RIGHTS));
        assertEquals(Optional.of("board does not hold the right to take RECOMMEND decisions; held by capital-sufficiency"),
                DecisionRights.refusal("board", DecisionType.RECOMMEND, RIGHTS));
        assertTrue(DecisionRights.refusal("rdg", DecisionType.APPROVE_SERVICE_DESIGN, RIGHTS).orElseThrow().endsWith("no body holds it"));
        assertTrue(DecisionRights.refusal("unknown", DecisionType.ESCALATE, RIGHTS).orElseThrow()
                .endsWith("held by board, capital-sufficiency, rdg"));
    }

    @Test
    void whoRecordsEachBodysDecisions() {
        assertTrue(Recorders.mayRecord(BodyKind.BOARD, "board", Set.of("board-secretary"), null));
        assertFalse(Recorders.mayRecord(BodyKind.BOARD, "board", Set.of("board-member"), null));
        assertFalse(Recorders.mayRecord(BodyKind.BOARD, "board", Set.of("rdg-member", "programme-manager"), null));
        assertTrue(Recorders.mayRecord(BodyKind.DELIVERY_GROUP, "rdg", Set.of("rdg-member"), null));
        assertTrue(Recorders.mayRecord(BodyKind.DELIVERY_GROUP, "rdg", Set.of("programme-manager"), null));
        assertFalse(Recorders.mayRecord(BodyKind.DELIVERY_GROUP, "rdg", Set.of("board-secretary"), null));
        assertTrue(Recorders.mayRecord(BodyKind.WORKSPACE, "capital-sufficiency", Set.of("workspace-lead"), "capital-sufficiency"));
        assertFalse(Recorders.mayRecord(BodyKind.WORKSPACE, "capital-sufficiency", Set.of("workspace-lead"), "qa-data-digital"));
        assertTrue(Recorders.mayRecord(BodyKind.TASK_AND_FINISH, "tf-therapy-model", Set.of("rdg-member"), null));
        assertTrue(Recorders.mayRecord(BodyKind.WORKSPACE, "qa-data-digital", Set.of("admin"), null));
        assertFalse(Recorders.mayRecord(BodyKind.EXTERNAL, "hwb", Set.of("admin", "board-secretary"), null));
        assertFalse(Recorders.mayRecord(BodyKind.WORKSPACE, "qa-data-digital", Set.of("partner-submitter", "analytics-reader"), null));
    }
}
