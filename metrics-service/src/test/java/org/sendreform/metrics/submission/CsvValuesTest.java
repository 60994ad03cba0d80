package org.sendreform.metrics.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.sendreform.platform.problem.ProblemException;

class CsvValuesTest {

    @Test
    void readsQuotedFieldsInAnyColumnOrder() {
        CsvValues.Parsed p = CsvValues.parse("\uFEFFperiod,measureCode,value,comment\r\n"
                + "FY2025-26,EHCP-20WK,41.5,\"late, \"\"provisional\"\"\nsecond line\"\r\n\r\nFY2025-26,EHCP-AR-TIMELY,,\n");
        assertEquals(2, p.rows().size());
        assertEquals("EHCP-20WK", p.rows().get(0).measureCode());
        assertEquals(new BigDecimal("41.5"), p.rows().get(0).value());
        assertEquals("late, \"provisional\"\nsecond line", p.rows().get(0).comment());
        assertNull(p.rows().get(1).value());
    }

    @Test
    void aBadNumberRejectsOnlyItsRow() {
        CsvValues.Parsed p = CsvValues.parse("measureCode,period,value\nA,FY2025-26,abc\nB,FY2025-26,2\nC,FY2025-26\n");
        assertNull(p.rows().get(0));
        assertEquals("value", p.unreadable().get(1).field());
        assertEquals("B", p.rows().get(1).measureCode());
        assertEquals("row", p.unreadable().get(3).field());
    }

    @Test
    void headerMustNameKnownColumnsIncludingMeasureAndPeriod() {
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,period,colour\n"));
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,value\n"));
        assertThrows(ProblemException.class, () -> CsvValues.parse(""));
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,period\n\"open"));
    }
}
