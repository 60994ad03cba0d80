package org.sendreform.risk.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendreform.risk.register.Category;
import org.sendreform.risk.register.RiskStatus;
import org.sendreform.risk.scoring.Rag;
import org.sendreform.risk.scoring.Scale;

class CsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertEquals("R-01", Csv.field("R-01"));
        assertEquals("Head of SEND Sufficiency", Csv.field("Head of SEND Sufficiency"));
        assertEquals("", Csv.field(null));
        assertEquals("", Csv.field(""));
        assertEquals("a'b", Csv.field("a'b"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"no\"\"\"", Csv.field("say \"no\""));
        assertEquals("\"line one\nline two\"", Csv.field("line one\nline two"));
        assertEquals("\"line one\r\nline two\"", Csv.field("line one\r\nline two"));
        assertEquals("\"\"\"\"", Csv.field("\""));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("'=SUM(A1:A9)", Csv.field("=SUM(A1:A9)"));
        assertEquals("'+44 24 7683 1234", Csv.field("+44 24 7683 1234"));
        assertEquals("'-2+3", Csv.field("-2+3"));
        assertEquals("'@cmd", Csv.field("@cmd"));
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("\"'\rx\"", Csv.field("\rx"), "prefixed, then quoted for the carriage return");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.field("=HYPERLINK(\"http://x\",\"y\")"), "prefixed and quoted");
        assertEquals("a=b", Csv.field("a=b"), "only a leading character starts a formula");
    }

    @Test
    void aRecordEndsWithCrlf() {
        assertEquals("a,\"b,c\",,'=1\r\n", Csv.record(Arrays.asList("a", "b,c", null, "=1")));
    }

    @Test
    void theRegisterHasAHeaderRowAndOneRecordPerRisk() {
        RegisterEntry r = new RegisterEntry("R-09", "Staffing, \"ready\" for September", Category.WORKFORCE, "=Head of SEND", "capital-sufficiency",
                "capital-sufficiency", RiskStatus.OPEN, Scale.HIGH_MEDIUM_LOW, "HIGH", "MEDIUM", Rag.AMBER, Rag.AMBER, Rag.GREEN,
                LocalDate.of(2026, 9, 1), null, List.of("M-CS-Q2-02", "M-CS-Q3-01"), List.of(), List.of("D-02"));
        String csv = RegisterCsv.of(List.of(r));
        String[] lines = csv.split("\r\n", -1);
        assertEquals(3, lines.length, "header, one record, and the final CRLF");
        assertEquals(String.join(",", RegisterCsv.HEADER), lines[0]);
        assertEquals("R-09,\"Staffing, \"\"ready\"\" for September\",WORKFORCE,'=Head of SEND,capital-sufficiency,capital-sufficiency,OPEN,"
                + "HIGH_MEDIUM_LOW,HIGH,MEDIUM,AMBER,RED,true,AMBER,GREEN,true,2026-09-01,,M-CS-Q2-02;M-CS-Q3-01,,D-02", lines[1]);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(RegisterCsv.HEADER.size(), RegisterCsv.row(r).size());
    }
}
