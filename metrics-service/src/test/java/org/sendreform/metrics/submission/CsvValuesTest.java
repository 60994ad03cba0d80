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

    /** Found by HostileInputTest: such bytes and characters were stored (as U+FFFD, or as sent). */
    @Test
    void bytesThatAreNotUtf8AreRefusedNotStoredAsReplacementCharacters() {
        assertEquals("a,é", CsvValues.text("a,é".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (byte[] bad : new byte[][] { { 'a', (byte) 0xFF }, { (byte) 0xC3, 0x28 }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0x80 } }) {
            ProblemException e = assertThrows(ProblemException.class, () -> CsvValues.text(bad));
            assertEquals("body", e.errors().get(0).field());
        }
    }

    @Test
    void aControlOrBidiCharacterRejectsOnlyItsRow() {
        CsvValues.Parsed p = CsvValues.parse("measureCode,period,value,comment\nA,FY2025-26,1,\"x\u0000y\"\nB,FY2025-26,2,ok\n"
                + "C,FY2025-26,3,\u202Eevil\n");
        assertNull(p.rows().get(0));
        assertEquals("comment", p.unreadable().get(1).field());
        assertEquals("B", p.rows().get(1).measureCode());
        assertNull(p.rows().get(2));
        assertEquals("comment", p.unreadable().get(3).field());
    }

    @Test
    void headerMustNameKnownColumnsIncludingMeasureAndPeriod() {
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,period,colour\n"));
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,value\n"));
        assertThrows(ProblemException.class, () -> CsvValues.parse(""));
        assertThrows(ProblemException.class, () -> CsvValues.parse("measureCode,period\n\"open"));
    }
}
