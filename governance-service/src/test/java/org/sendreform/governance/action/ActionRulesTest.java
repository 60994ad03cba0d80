package org.sendreform.governance.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.platform.problem.Problem.FieldError;

class ActionRulesTest {

    static final LocalDate MEETING = LocalDate.of(2026, 10, 15);

    static ActionRequest action(LocalDate due, ActionStatus status, String note) {
        return new ActionRequest("Bring the options paper", "Capital lead", "board", due, status, 12L, null, note);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theBodysRecorderAndTheProgrammeManagerKeepItsActionsButNobodyKeepsTheHwbs() {
        assertTrue(ActionRules.mayKeep(BodyKind.BOARD, "board", Set.of("board-secretary"), null));
        assertFalse(ActionRules.mayKeep(BodyKind.BOARD, "board", Set.of("board-member"), null));
        assertFalse(ActionRules.mayKeep(BodyKind.BOARD, "board", Set.of("rdg-member"), null));
        assertTrue(ActionRules.mayKeep(BodyKind.BOARD, "board", Set.of("programme-manager"), null));
        assertTrue(ActionRules.mayKeep(BodyKind.WORKSPACE, "qa-data-digital", Set.of("workspace-lead"), "qa-data-digital"));
        assertFalse(ActionRules.mayKeep(BodyKind.WORKSPACE, "qa-data-digital", Set.of("workspace-lead"), "capital-sufficiency"));
        assertFalse(ActionRules.mayKeep(BodyKind.EXTERNAL, "hwb", Set.of("admin", "programme-manager"), null));
    }

    @Test
    void aNewActionIsOpenDueNoEarlierThanItAroseAndDroppedOnlyWithAReason() {
        assertEquals(List.of(), ActionRules.problems(action(MEETING, ActionStatus.OPEN, null), null, MEETING));
        assertEquals(List.of("dueOn"), fields(ActionRules.problems(action(MEETING.minusDays(1), ActionStatus.OPEN, null), null, MEETING)));
        assertEquals(List.of("status"), fields(ActionRules.problems(action(MEETING, ActionStatus.DONE, "x"), null, MEETING)));
        ActionRequest current = action(MEETING, ActionStatus.OPEN, null);
        assertEquals(List.of("note"), fields(ActionRules.problems(action(MEETING, ActionStatus.DROPPED, " "), current, MEETING)));
        assertEquals(List.of(), ActionRules.problems(action(MEETING, ActionStatus.DROPPED, "overtaken"), current, MEETING));
    }

    @Test
    void theBodyMeetingAndDecisionAreFixedAndAClosedActionChangesOnlyByReopening() {
        ActionRequest current = action(MEETING, ActionStatus.DONE, null);
        ActionRequest moved = new ActionRequest("Bring the options paper", "Capital lead", "rdg", MEETING, ActionStatus.DONE, 13L, 4L, null);
        assertEquals(List.of("body", "meeting", "decision"), fields(ActionRules.problems(moved, current, MEETING)));
        assertTrue(ActionRules.changesClosed(new ActionRequest("other", "Capital lead", "board", MEETING, ActionStatus.DONE, 12L, null, null),
                current));
        assertFalse(ActionRules.changesClosed(action(MEETING, ActionStatus.OPEN, null), current));
        assertFalse(ActionRules.changesClosed(current, current));
    }

    @Test
    void overdueMeansOpenAfterTheDueDay() {
        assertFalse(ActionStatus.overdue(ActionStatus.OPEN, MEETING, MEETING));
        assertTrue(ActionStatus.overdue(ActionStatus.IN_PROGRESS, MEETING, MEETING.plusDays(1)));
        assertFalse(ActionStatus.overdue(ActionStatus.DONE, MEETING, MEETING.plusDays(10)));
    }
}
