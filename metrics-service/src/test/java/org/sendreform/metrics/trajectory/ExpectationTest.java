package org.sendreform.metrics.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendreform.metrics.comparator.ComparatorValues;
import org.sendreform.metrics.measure.Direction;
import org.sendreform.metrics.measure.Target;
import org.sendreform.platform.period.Period;

class ExpectationTest {

    static final Period AY2028 = Period.parse("AY2028-29");
    static final LocalDate AY2028_END = AY2028.end();

    static ComparatorValues national(String period, String disaggregation, String value) {
        return new ComparatorValues(Map.of(ComparatorValues.key("PA", Target.Comparator.NATIONAL, period, disaggregation),
                new BigDecimal(value)));
    }

    static Expectation relativeTo(Direction direction, Target.Relation relation, ComparatorValues figures) {
        return new Expectation("PA", direction, null, new Trajectory(List.of()), List.of(),
                List.of(new Expectation.ComparatorTarget(AY2028_END, Target.Comparator.NATIONAL, relation)), figures);
    }

    @ParameterizedTest(name = "{0} measure, {1} national {2}: actual {3} is {4}")
    @CsvSource({
            // persistent absence, lower is better, "≤ national average"
            "LOWER_IS_BETTER, AT_MOST, 20, 19, ON_TRACK",
            "LOWER_IS_BETTER, AT_MOST, 20, 20, ON_TRACK",
            "LOWER_IS_BETTER, AT_MOST, 20, 20.8, AT_RISK",    // 5% of 20 = 1 allowed
            "LOWER_IS_BETTER, AT_MOST, 20, 22, OFF_TRACK",
            // attendance, higher is better, "≥ national average"
            "HIGHER_IS_BETTER, AT_LEAST, 90, 91, ON_TRACK",
            "HIGHER_IS_BETTER, AT_LEAST, 90, 87, AT_RISK",    // 4.5 allowed
            "HIGHER_IS_BETTER, AT_LEAST, 90, 85, OFF_TRACK",
            // "in line with": either side within tolerance
            "HIGHER_IS_BETTER, EQUAL, 90, 93, ON_TRACK",
            "HIGHER_IS_BETTER, EQUAL, 90, 86, ON_TRACK",
            "HIGHER_IS_BETTER, EQUAL, 90, 95, AT_RISK",
            "LOWER_IS_BETTER, EQUAL, 90, 80, OFF_TRACK",
            // the target's relation decides, whatever the measure's direction says
            "HIGHER_IS_BETTER, AT_MOST, 20, 19, ON_TRACK",
            "LOWER_IS_BETTER, AT_LEAST, 20, 19, AT_RISK",
            "BAND, AT_MOST, 20, 25, OFF_TRACK",
    })
    void theRelationToTheComparatorFigureGivesTheStatus(Direction direction, Target.Relation relation, String figure,
            String actual, Status status) {
        Expectation e = relativeTo(direction, relation, national("AY2028-29", "all", figure));
        Expectation.Expected expected = e.at(AY2028, "all");
        assertEquals(0, new BigDecimal(figure).compareTo(expected.value()));
        assertEquals(status, e.status(expected, new BigDecimal(actual)));
    }

    @ParameterizedTest
    @CsvSource({ "HIGHER_IS_BETTER, AT_LEAST", "LOWER_IS_BETTER, AT_MOST", "BAND, EQUAL" })
    void withoutAFigureForThePeriodAndBreakdownThereIsNothingToCompareAgainst(Direction direction, Target.Relation relation) {
        Expectation e = relativeTo(direction, relation, national("AY2028-29", "ehcp", "20"));
        Expectation.Expected other = e.at(AY2028, "sen-support");
        assertNull(other.value());
        assertEquals(Status.NO_TARGET, e.status(other, new BigDecimal("19")));
        Expectation.Expected later = e.at(Period.parse("AY2029-30"), "ehcp");
        assertEquals(Status.NO_TARGET, e.status(later, new BigDecimal("19")));
        assertEquals(Status.NO_DATA, e.status(e.at(AY2028, "ehcp"), null));
    }

    @Test
    void theComparatorTargetHoldsFromItsPeriodOnUntilALaterAbsoluteTarget() {
        // a baseline of 30 in AY2025-26, "≤ national" by AY2028-29, then an absolute 15 for AY2030-31
        LocalDate baseline = Period.parse("AY2025-26").end();
        LocalDate absolute = Period.parse("AY2030-31").end();
        Trajectory trajectory = new Trajectory(List.of(new Trajectory.Point(baseline, new BigDecimal("30")),
                new Trajectory.Point(absolute, new BigDecimal("15"))));
        ComparatorValues figures = new ComparatorValues(Map.of(
                ComparatorValues.key("PA", Target.Comparator.NATIONAL, "AY2027-28", "all"), new BigDecimal("21"),
                ComparatorValues.key("PA", Target.Comparator.NATIONAL, "AY2028-29", "all"), new BigDecimal("20"),
                ComparatorValues.key("PA", Target.Comparator.NATIONAL, "AY2029-30", "all"), new BigDecimal("19"),
                ComparatorValues.key("PA", Target.Comparator.NATIONAL, "AY2030-31", "all"), new BigDecimal("18")));
        Expectation e = new Expectation("PA", Direction.LOWER_IS_BETTER, null, trajectory, List.of(absolute),
                List.of(new Expectation.ComparatorTarget(AY2028_END, Target.Comparator.NATIONAL, Target.Relation.AT_MOST)), figures);
        // before the comparator target: the trajectory
        Expectation.Expected before = e.at(Period.parse("AY2027-28"), "all");
        assertEquals(0, trajectory.expectedAt(Period.parse("AY2027-28").end()).compareTo(before.value()));
        assertEquals(0, new BigDecimal("23.9951").compareTo(before.value()), before.value().toPlainString());
        assertEquals(0, new BigDecimal("20").compareTo(e.at(AY2028, "all").value()));
        assertEquals(0, new BigDecimal("19").compareTo(e.at(Period.parse("AY2029-30"), "all").value()));
        // the later absolute target takes over from its own period
        Expectation.Expected after = e.at(Period.parse("AY2030-31"), "all");
        assertEquals(0, new BigDecimal("15").compareTo(after.value()));
        assertEquals(Direction.LOWER_IS_BETTER, after.direction());
    }
}
