package org.sendreform.governance.wesaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.Problem.FieldError;

class WeSaidRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static WeSaidRequest item(String weDid, WeSaidStatus status, boolean published, List<Long> decisions, List<String> milestones) {
        return new WeSaidRequest(VoiceSource.CHILDREN_AND_YOUNG_PEOPLE, "Being listened to in reviews", TODAY.minusDays(3),
                "Young people said their views were not asked for in annual reviews.", weDid, status, decisions, milestones, published, null);
    }

    static List<String> problems(WeSaidRequest item) {
        return WeSaidRules.problems(item, TODAY, id -> id < 100).stream().map(FieldError::field).toList();
    }

    @Test
    void publishedOnlyWithSomethingDoneAndNeverWhileListening() {
        assertEquals(List.of(), problems(item(null, WeSaidStatus.LISTENING, false, List.of(), List.of())));
        assertEquals(List.of("published"), problems(item(null, WeSaidStatus.IN_PROGRESS, true, List.of(), List.of())));
        assertEquals(List.of("published"), problems(item("We ask first.", WeSaidStatus.LISTENING, true, List.of(), List.of())));
        assertEquals(List.of(), problems(item("We ask first.", WeSaidStatus.IN_PROGRESS, true, List.of(), List.of())));
        assertEquals(List.of("weDid"), problems(item(" ", WeSaidStatus.DONE, false, List.of(), List.of())));
    }

    @Test
    void linksNameDecisionsThatExistOnceAndMilestonesByTheirCodeShape() {
        assertEquals(List.of("decisions[1]", "decisions[2]"),
                problems(item(null, WeSaidStatus.LISTENING, false, List.of(4L, 4L, 400L), List.of())));
        assertEquals(List.of("milestones[0]", "milestones[2]"),
                problems(item(null, WeSaidStatus.LISTENING, false, List.of(), List.of("m-1", "M-QA-Q3-01", "M-QA-Q3-01"))));
    }

    @Test
    void saidNotInTheFuture() {
        WeSaidRequest future = new WeSaidRequest(VoiceSource.SETTINGS, "t", TODAY.plusDays(1), "w", null, WeSaidStatus.LISTENING,
                List.of(), List.of(), false, null);
        assertEquals(List.of("saidOn"), problems(future));
    }
}
