package org.sendreform.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "FY2026-27, FINANCIAL_YEAR, 2026-04-01, 2027-03-31",
            "FY2026-27-Q1, FINANCIAL_QUARTER, 2026-04-01, 2026-06-30",
            "FY2026-27-Q2, FINANCIAL_QUARTER, 2026-07-01, 2026-09-30",
            "FY2026-27-Q3, FINANCIAL_QUARTER, 2026-10-01, 2026-12-31",
            "FY2026-27-Q4, FINANCIAL_QUARTER, 2027-01-01, 2027-03-31",
            "AY2026-27, ACADEMIC_YEAR, 2026-09-01, 2027-08-31",
            "AY2026-27-T1, ACADEMIC_TERM, 2026-09-01, 2026-12-31",
            "AY2026-27-T2, ACADEMIC_TERM, 2027-01-01, 2027-03-31",
            "AY2026-27-T3, ACADEMIC_TERM, 2027-04-01, 2027-08-31",
            "2027-02, MONTH, 2027-02-01, 2027-02-28",
            "FY2099-00, FINANCIAL_YEAR, 2099-04-01, 2100-03-31" })
    void parsesEveryKindToItsDays(String code, Period.Kind kind, LocalDate start, LocalDate end) {
        Period p = Period.parse(code);
        assertEquals(kind, p.kind());
        assertEquals(start, p.start());
        assertEquals(end, p.end());
        assertEquals(code, p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2026/27", "FY2026-28", "FY2026-27-Q5", "FY2026-27-T1", "AY2026-27-Q1", "2026-13",
            "fy2026-27", "FY2026-27 ", "Q3" })
    void refusesWhatIsNotAPeriod(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(code));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void nullIsRefusedWithTheGrammar() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parse(null)).getMessage().contains("FY2026-27"));
    }

    @ParameterizedTest
    @CsvSource({ "2026-11-23, FY2026-27-Q3", "2026-04-01, FY2026-27-Q1", "2027-03-31, FY2026-27-Q4", "2026-09-30, FY2026-27-Q2" })
    void financialQuarterOfADay(LocalDate day, String quarter) {
        assertEquals(quarter, Period.financialQuarterOf(day).code());
    }

    @Test
    void periodsOrderByStartThenLongestFirst() {
        assertTrue(Period.parse("FY2026-27").compareTo(Period.parse("FY2026-27-Q1")) < 0);
        assertTrue(Period.parse("FY2026-27-Q2").compareTo(Period.parse("FY2026-27-Q3")) < 0);
        assertTrue(Period.parse("FY2026-27-Q2").contains(LocalDate.of(2026, 9, 30)));
        assertTrue(Period.parse("FY2026-27-Q2").hasEndedBy(LocalDate.of(2026, 10, 1)));
    }

    @ParameterizedTest
    @CsvSource({ "FY2026-27, FY2027-28", "FY2026-27-Q4, FY2027-28-Q1", "FY2026-27-Q1, FY2026-27-Q2", "AY2026-27, AY2027-28",
            "AY2026-27-T3, AY2027-28-T1", "AY2026-27-T1, AY2026-27-T2", "2026-12, 2027-01", "FY2099-00, FY2100-01" })
    void nextPeriodOfTheSameKind(String code, String next) {
        assertEquals(next, Period.parse(code).next().code());
    }

    @ParameterizedTest
    @CsvSource({ "FINANCIAL_YEAR, 2027-03-31, FY2026-27", "ACADEMIC_TERM, 2027-05-01, AY2026-27-T3",
            "ACADEMIC_YEAR, 2026-08-31, AY2025-26", "MONTH, 2026-11-23, 2026-11", "FINANCIAL_QUARTER, 2026-07-01, FY2026-27-Q2" })
    void periodOfAKindForADay(Period.Kind kind, LocalDate day, String code) {
        assertEquals(code, Period.of(kind, day).code());
    }
}
