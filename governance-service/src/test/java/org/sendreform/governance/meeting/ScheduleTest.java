package org.sendreform.governance.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.governance.body.BodyKind;
import org.sendreform.governance.body.Cadence;

class ScheduleTest {

    static final LocalDate AY2026 = LocalDate.of(2026, 9, 1);

    static List<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void theBoardMeetsOnTheThirdThursdayOfEachHalfTerm() {
        assertEquals(dates("2026-10-15", "2026-12-17", "2027-02-18", "2027-03-18", "2027-05-20", "2027-07-15"),
                Schedule.dates(BodyKind.BOARD, Cadence.HALF_TERMLY, AY2026));
    }

    @Test
    void theRdgMeetsTheWeekBeforeTheBoard() {
        assertEquals(dates("2026-10-08", "2026-12-10", "2027-02-11", "2027-03-11", "2027-05-13", "2027-07-08"),
                Schedule.dates(BodyKind.DELIVERY_GROUP, Cadence.HALF_TERMLY, AY2026));
    }

    @Test
    void workspacesMeetOnTheFirstTuesdayOfEveryMonth() {
        List<LocalDate> monthly = Schedule.dates(BodyKind.WORKSPACE, Cadence.MONTHLY, AY2026);
        assertEquals(12, monthly.size());
        assertEquals(LocalDate.parse("2026-09-01"), monthly.get(0));
        assertEquals(LocalDate.parse("2026-12-01"), monthly.get(3));
        assertEquals(LocalDate.parse("2027-08-03"), monthly.get(11));
    }

    @Test
    void quarterlyAsNeededAndNoCadence() {
        assertEquals(dates("2026-10-15", "2027-01-21", "2027-04-15", "2027-07-15"),
                Schedule.dates(BodyKind.BOARD, Cadence.QUARTERLY, AY2026));
        assertEquals(List.of(), Schedule.dates(BodyKind.TASK_AND_FINISH, Cadence.AS_NEEDED, AY2026));
        assertEquals(List.of(), Schedule.dates(BodyKind.EXTERNAL, null, AY2026));
    }

    @Test
    void standingItems() {
        assertEquals(List.of(AgendaKind.ASSURANCE_PACK, AgendaKind.ESCALATIONS, AgendaKind.VOICE, AgendaKind.SETTING_INPUT),
                Schedule.standingItems(BodyKind.BOARD));
        assertEquals(List.of(AgendaKind.PROGRESS, AgendaKind.ESCALATIONS), Schedule.standingItems(BodyKind.WORKSPACE));
    }
}
