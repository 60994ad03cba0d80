package org.sendreform.metrics.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutlierRuleTest {

    static List<BigDecimal> values(String list) {
        return Arrays.stream(list.split(" ")).map(BigDecimal::new).toList();
    }

    @Test
    void scoresAgainstTheMedianAbsoluteDeviation() {
        // median 41, deviations 1 1 0 1 2 → MAD 1; 0.6745 × (60 − 41) / 1 = 12.82
        OutlierRule.Finding f = OutlierRule.check(new BigDecimal("60"), values("40 42 41 40 43"));
        assertNotNull(f);
        assertEquals(0, new BigDecimal("41").compareTo(f.median()));
        assertEquals(0, new BigDecimal("12.82").compareTo(f.score()));
        assertEquals("modified z-score 12.82 against the median 41 of the last 5 values (flagged above 3.5)", f.reason());
        // 0.6745 × 5 = 3.37: within the limit
        assertNull(OutlierRule.check(new BigDecimal("46"), values("40 42 41 40 43")));
        // and low outliers too: 0.6745 × −21 = −14.16
        assertEquals(0, new BigDecimal("-14.16").compareTo(OutlierRule.check(new BigDecimal("20"), values("40 42 41 40 43")).score()));
    }

    @ParameterizedTest
    @CsvSource({ "1000, ''", "1000, 40", "1000, 40 41", "1000, 40 41 42" })
    void fewerThanFourEarlierValuesSayNothing(String value, String history) {
        assertNull(OutlierRule.check(new BigDecimal(value), history.isEmpty() ? List.of() : values(history)));
    }

    @Test
    void withMostValuesEqualTheMeanDeviationStandsIn() {
        // median 10, MAD 0; mean deviation (0+0+0+2)/4 = 0.5; (14 − 10) / (1.253314 × 0.5) = 6.38
        OutlierRule.Finding f = OutlierRule.check(new BigDecimal("14"), values("10 10 10 12"));
        assertEquals(0, new BigDecimal("6.38").compareTo(f.score()));
        assertNull(OutlierRule.check(new BigDecimal("12"), values("10 10 10 12"))); // 3.19
    }

    @Test
    void aConstantHistoryFlagsOnlyABigDeparture() {
        assertNull(OutlierRule.check(new BigDecimal("12"), values("10 10 10 10")));
        OutlierRule.Finding f = OutlierRule.check(new BigDecimal("13"), values("10 10 10 10"));
        assertNull(f.score());
        assertEquals("each of the last 4 values was 10; this differs by more than 25%", f.reason());
        assertNull(OutlierRule.check(BigDecimal.ZERO, values("0 0 0 0")));
        assertNotNull(OutlierRule.check(BigDecimal.ONE, values("0 0 0 0")));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(0, new BigDecimal("41.5").compareTo(OutlierRule.median(values("43 40 42 41"))));
    }
}
