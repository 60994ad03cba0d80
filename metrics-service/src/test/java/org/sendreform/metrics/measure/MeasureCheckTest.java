package org.sendreform.metrics.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.Problem.FieldError;

class MeasureCheckTest {

    static NewMeasure measure(String unit, String numerator, String denominator, List<String> disaggregations,
            List<NewMeasure.NewTarget> targets) {
        return new NewMeasure("T-OK", "A measure", null, "How it is computed", numerator, denominator, unit, "HIGHER_IS_BETTER",
                "OUTCOME", "FINANCIAL_QUARTER", null, List.of("test-la"), disaggregations,
                new NewMeasure.NewBaseline(new BigDecimal("10"), "FY2025-26-Q1", null), "up", targets, null, BigDecimal.ONE, null);
    }

    static List<String> fields(NewMeasure m, boolean definitionRequired) {
        return MeasureCheck.check(m, definitionRequired).stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodMeasureHasNoProblem() {
        assertEquals(List.of(), fields(measure("COUNT", null, null, List.of("all", "ehcp"),
                List.of(new NewMeasure.NewTarget("FY2028-29-Q4", "AT_LEAST", new BigDecimal("12"), null, null))), true));
    }

    @Test
    void aRateNeedsBothPartsAPercentageBothOrNeitherOthersNone() {
        assertEquals(List.of("numeratorDefinition", "denominatorDefinition"), fields(measure("RATE", null, " ", null, null), true));
        assertEquals(List.of("denominatorDefinition"), fields(measure("PERCENT", "above", null, null, null), true));
        assertEquals(List.of(), fields(measure("PERCENT", null, null, null, null), true));
        assertEquals(List.of("numeratorDefinition"), fields(measure("WEEKS", "above", null, null, null), true));
    }

    @Test
    void gapsOfAMeasureCataloguedBeforeDefinitionsWaitForItsNextDefinitionChange() {
        NewMeasure old = new NewMeasure("T-OLD", "Old", null, null, null, null, "RATE", "LOWER_IS_BETTER", "OUTCOME",
                "ACADEMIC_YEAR", null, List.of("test-la"), List.of("all"), null, "down", List.of(), null, null, null);
        assertEquals(List.of(), fields(old, false));
        assertEquals(List.of("definition", "numeratorDefinition", "denominatorDefinition"), fields(old, true));
    }

    @Test
    void breakdownsIncludeAllOnceEachAndTargetsAreOnePerPeriod() {
        assertEquals(List.of("disaggregations[1]", "disaggregations[2]", "disaggregations"),
                fields(measure("COUNT", null, null, List.of("ehcp", "ehcp", "Phase 1"), null), true));
        assertEquals(List.of("targets[1].period", "targets[2].period", "targets[2].value"), fields(measure("COUNT", null, null, null,
                List.of(new NewMeasure.NewTarget("FY2028-29-Q4", "AT_LEAST", BigDecimal.TEN, null, null),
                        new NewMeasure.NewTarget("FY2028-29-Q4", "AT_MOST", BigDecimal.TEN, null, null),
                        new NewMeasure.NewTarget("FY2028-29", "AT_MOST", null, null, null))), true));
    }

    @Test
    void aComparatorTargetNeedsNoValueButAKnownComparator() {
        assertEquals(List.of("targets[1].comparator"), fields(measure("PERCENT", null, null, null,
                List.of(new NewMeasure.NewTarget("FY2028-29-Q4", "AT_LEAST", null, "NATIONAL", null),
                        new NewMeasure.NewTarget("FY2027-28-Q4", "AT_LEAST", null, "REGIONAL", null))), true));
    }
}
