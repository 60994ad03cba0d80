package org.sendreform.risk.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.scoring.Rag;

class EscalationRulesTest {

    @Test
    void theRouteGoesWorkspaceRdgBoardHwb() {
        assertEquals(Optional.of("rdg"), EscalationRoute.next("capital-sufficiency"));
        assertEquals(Optional.of("board"), EscalationRoute.next("rdg"));
        assertEquals(Optional.of("hwb"), EscalationRoute.next("board"));
        assertEquals(Optional.empty(), EscalationRoute.next("hwb"));
        assertTrue(EscalationRoute.isWorkspace("qa-data-digital"));
    }

    @Test
    void aMandatoryCategoryGoesStraightToTheBoardWhateverItsRag() {
        assertEquals(Optional.of(new EscalationRules.Move("board", EscalationReason.MANDATORY_CATEGORY)),
                EscalationRules.afterRescore(Category.SUFFICIENCY, "capital-sufficiency", Rag.GREEN, Rag.GREEN));
        assertEquals(Optional.of(new EscalationRules.Move("board", EscalationReason.MANDATORY_CATEGORY)),
                EscalationRules.afterRescore(Category.STATUTORY_COMPLIANCE, "rdg", null, Rag.AMBER));
        // already with the Board: only a red residual moves it on
        assertEquals(Optional.empty(), EscalationRules.afterRescore(Category.PARTNERSHIP_FAILURE, "board", Rag.AMBER, Rag.AMBER));
    }

    @Test
    void theMandatoryRuleAloneAppliesWhenARiskIsRaisedOrReCategorised() {
        assertEquals(Optional.of(new EscalationRules.Move("board", EscalationReason.MANDATORY_CATEGORY)),
                EscalationRules.mandatory(Category.SIGNIFICANT_FINANCIAL, "commissioning-workforce"));
        assertEquals(Optional.of(new EscalationRules.Move("board", EscalationReason.MANDATORY_CATEGORY)),
                EscalationRules.mandatory(Category.STATUTORY_COMPLIANCE, "rdg"));
        assertEquals(Optional.empty(), EscalationRules.mandatory(Category.SUFFICIENCY, "board"));
        assertEquals(Optional.empty(), EscalationRules.mandatory(Category.SUFFICIENCY, "hwb"));
        assertEquals(Optional.empty(), EscalationRules.mandatory(Category.WORKFORCE, "commissioning-workforce"));
    }

    @Test
    void aRedResidualMovesOneLevelUpRisingOrPersisting() {
        assertEquals(Optional.of(new EscalationRules.Move("rdg", EscalationReason.RED_RESIDUAL_RISING)),
                EscalationRules.afterRescore(Category.WORKFORCE, "commissioning-workforce", Rag.AMBER, Rag.RED));
        assertEquals(Optional.of(new EscalationRules.Move("board", EscalationReason.RED_RESIDUAL_PERSISTING)),
                EscalationRules.afterRescore(Category.WORKFORCE, "rdg", Rag.RED, Rag.RED));
        assertEquals(Optional.of(new EscalationRules.Move("hwb", EscalationReason.RED_RESIDUAL_PERSISTING)),
                EscalationRules.afterRescore(Category.SUFFICIENCY, "board", Rag.RED, Rag.RED));
        assertEquals(Optional.empty(), EscalationRules.afterRescore(Category.WORKFORCE, "hwb", Rag.RED, Rag.RED));
        assertEquals(Optional.empty(), EscalationRules.afterRescore(Category.WORKFORCE, "rdg", Rag.RED, Rag.AMBER));
        assertEquals(Optional.empty(), EscalationRules.afterRescore(Category.DATA, "qa-data-digital", null, null));
    }

    @Test
    void manualEscalationNeverSkipsALevel() {
        assertEquals(Optional.of("rdg"), EscalationRules.manualTarget("qa-data-digital"));
        assertEquals(Optional.empty(), EscalationRules.manualTarget("hwb"));
    }

    @Test
    void deEscalationGoesDownToTheHomeBodyOrTheRouteAboveItAndKeepsMandatoryRisksWithTheBoard() {
        assertEquals(Optional.empty(), EscalationRules.refuseDeEscalation(Category.WORKFORCE, "commissioning-workforce", "board", "rdg"));
        assertEquals(Optional.empty(),
                EscalationRules.refuseDeEscalation(Category.WORKFORCE, "commissioning-workforce", "board", "commissioning-workforce"));
        assertTrue(EscalationRules.refuseDeEscalation(Category.WORKFORCE, "commissioning-workforce", "rdg", "board").isPresent());
        assertTrue(EscalationRules.refuseDeEscalation(Category.WORKFORCE, "commissioning-workforce", "rdg", "capital-sufficiency")
                .orElseThrow().contains("home body"));
        assertTrue(EscalationRules.refuseDeEscalation(Category.SUFFICIENCY, "capital-sufficiency", "board", "rdg")
                .orElseThrow().contains("Board"));
        assertEquals(Optional.empty(), EscalationRules.refuseDeEscalation(Category.SUFFICIENCY, "capital-sufficiency", "hwb", "board"));
    }
}
