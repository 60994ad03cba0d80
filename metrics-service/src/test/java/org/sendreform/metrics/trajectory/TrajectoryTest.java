package org.sendreform.metrics.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendreform.metrics.measure.Direction;

class TrajectoryTest {

    // 20-week timeliness: 37% at the end of FY2025-26, at least 75% by the end of FY2028-29
    static final Trajectory EHCP = new Trajectory(List.of(
            new Trajectory.Point(LocalDate.of(2029, 3, 31), new BigDecimal("75")),
            new Trajectory.Point(LocalDate.of(2026, 3, 31), new BigDecimal("37"))));

    @Test
    void interpolatesStraightBetweenPointsAndStaysFlatAfterTheLast() {
        assertEquals(0, new BigDecimal("37").compareTo(EHCP.expectedAt(LocalDate.of(2026, 3, 31))));
        BigDecimal oneYear = EHCP.expectedAt(LocalDate.of(2027, 3, 31));
        assertEquals(0, new BigDecimal("49.6551").compareTo(oneYear), oneYear.toPlainString()); // 37 + 38 × 365/1096 days
        assertEquals(0, new BigDecimal("75").compareTo(EHCP.expectedAt(LocalDate.of(2029, 3, 31))));
        assertEquals(0, new BigDecimal("75").compareTo(EHCP.expectedAt(LocalDate.of(2031, 1, 1))));
        assertNull(EHCP.expectedAt(LocalDate.of(2025, 12, 31)));
        assertNull(new Trajectory(List.of()).expectedAt(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void valuesAreNeverWrittenInExponentForm() {
        assertEquals("30", Trajectory.plain(new BigDecimal("30.0000")).toPlainString());
        assertEquals("30", Trajectory.plain(new BigDecimal("30.0000")).toString());
        assertEquals("41.5", Trajectory.plain(new BigDecimal("41.5000")).toString());
    }

    @Test
    void cumulativePlaceTrajectoryPassesThroughEachYearsTarget() {
        Trajectory places = new Trajectory(List.of(
                new Trajectory.Point(LocalDate.of(2026, 3, 31), BigDecimal.ZERO),
                new Trajectory.Point(LocalDate.of(2027, 3, 31), new BigDecimal("30")),
                new Trajectory.Point(LocalDate.of(2028, 3, 31), new BigDecimal("70")),
                new Trajectory.Point(LocalDate.of(2029, 3, 31), new BigDecimal("110"))));
        assertEquals(0, new BigDecimal("70").compareTo(places.expectedAt(LocalDate.of(2028, 3, 31))));
        // 182 of 365 days into the first year: 30 × 182 / 365 = 14.9589
        assertEquals(0, new BigDecimal("14.9589").compareTo(places.expectedAt(LocalDate.of(2026, 9, 29))));
    }

    @ParameterizedTest
    @CsvSource({
            "HIGHER_IS_BETTER, 50, 52, , ON_TRACK",
            "HIGHER_IS_BETTER, 50, 50, , ON_TRACK",
            "HIGHER_IS_BETTER, 50, 48, , AT_RISK",      // 5% of 50 = 2.5 allowed
            "HIGHER_IS_BETTER, 50, 47, , OFF_TRACK",
            "HIGHER_IS_BETTER, 50, 47, 5, AT_RISK",     // explicit tolerance
            "LOWER_IS_BETTER, 6.0, 5.9, , ON_TRACK",
            "LOWER_IS_BETTER, 6.0, 6.2, , AT_RISK",
            "LOWER_IS_BETTER, 6.0, 6.5, , OFF_TRACK",
            "LOWER_IS_BETTER, 0, 1, , OFF_TRACK",       // zero waits expected, any wait is off track
            "BAND, 100, 104, , ON_TRACK",
            "BAND, 100, 93, , AT_RISK",
            "BAND, 100, 88, , OFF_TRACK" })
    void statusRespectsDirection(Direction direction, BigDecimal expected, BigDecimal actual, BigDecimal tolerance, Status status) {
        assertEquals(status, Trajectory.status(direction, expected, actual, tolerance));
    }

    @Test
    void missingActualIsNoDataAndMissingExpectationIsNoTarget() {
        assertEquals(Status.NO_DATA, Trajectory.status(Direction.HIGHER_IS_BETTER, BigDecimal.TEN, null, null));
        assertEquals(Status.NO_TARGET, Trajectory.status(Direction.HIGHER_IS_BETTER, null, BigDecimal.TEN, null));
    }
}
