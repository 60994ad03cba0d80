package org.sendreform.metrics.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The feed's rows from a binary COPY stream as PostgreSQL writes it, in pieces of every size. */
class FeedRowsTest {

    static final Instant WHOLE_SECOND = Instant.parse("2026-12-02T14:31:16Z");
    static final Instant MILLIS = Instant.parse("2026-12-02T14:31:16.120Z");
    static final Instant MICROS = Instant.parse("1999-12-31T23:59:59.000123Z");

    /** One row's 13 columns: text as given (null for null), the instant as a timestamptz. */
    static List<Object> row(String comment, Instant at, String value, String previous) {
        List<Object> row = new ArrayList<>(List.of("EHCP-20WK", "FY2025-26", "all", "UPDATED"));
        row.add(value);
        row.add(previous);
        row.add(null);
        row.add("400");
        row.add(comment);
        row.add("coventry-la-send");
        row.add("demo-la-send");
        row.add(at);
        row.add(null);
        return row;
    }

    static byte[] copy(int extension, boolean end, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 });
        out.writeInt(0);
        out.writeInt(extension);
        out.write(new byte[extension]);
        for (List<Object> row : rows) {
            out.writeShort(row.size());
            for (Object field : row) {
                if (field == null) {
                    out.writeInt(-1);
                } else if (field instanceof Instant at) {
                    out.writeInt(8);
                    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
                    out.writeLong(micros - 946_684_800_000_000L);
                } else {
                    byte[] text = field.toString().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
        }
        if (end) {
            out.writeShort(-1);
        }
        return bytes.toByteArray();
    }

    static String render(byte[] stream, boolean csv, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedRows rows = new FeedRows(out, csv);
        CopyTuples tuples = new CopyTuples(FeedRows.COLUMNS, rows);
        for (int at = 0; at < stream.length; at += piece) {
            tuples.accept(stream, at, Math.min(piece, stream.length - at));
        }
        assertTrue(tuples.ended());
        rows.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    static final String HOSTILE = "-1 \"minus\", back\\slash\nline\r\n\ttab \u0001 é ✓";

    @Test
    void jsonItemsAreValidJsonWithEveryFieldAsStoredInPiecesOfAnySize() throws IOException {
        byte[] stream = copy(3, true, List.of(row(HOSTILE, WHOLE_SECOND, "7.250", null), row(null, MILLIS, "0", "-1.5"),
                row("", MICROS, "12", "7.250")));
        String first = render(stream, false, stream.length);
        for (int piece = 1; piece < stream.length; piece++) {
            assertEquals(first, render(stream, false, piece), "pieces of " + piece);
        }
        JsonNode items = new ObjectMapper().readTree("[" + first + "]");
        assertEquals(3, items.size());
        JsonNode one = items.get(0);
        assertEquals(HOSTILE, one.get("comment").asText());
        assertEquals("2026-12-02T14:31:16Z", one.get("changedAt").asText());
        assertTrue(first.contains("\"value\":7.250,\"previousValue\":null,\"numerator\":null,\"denominator\":400,"), first);
        assertTrue(one.get("submissionId").isNull());
        assertTrue(items.get(1).get("comment").isNull());
        assertEquals(MILLIS.toString(), items.get(1).get("changedAt").asText());
        assertEquals("2026-12-02T14:31:16.120Z", items.get(1).get("changedAt").asText());
        assertEquals("1999-12-31T23:59:59.000123Z", items.get(2).get("changedAt").asText());
        assertEquals("", items.get(2).get("comment").asText());
        assertEquals(List.of("measureCode", "period", "disaggregation", "change", "value", "previousValue", "numerator",
                "denominator", "comment", "org", "changedBy", "changedAt", "submissionId"), iterable(one));
    }

    @Test
    void csvLinesQuoteOnlyWhatMustBeQuotedAndDisarmFormulas() throws IOException {
        byte[] stream = copy(0, true, List.of(row(HOSTILE, MILLIS, "7.250", null), row("=SUM(A1)", WHOLE_SECOND, "1", "2"),
                row("plain text", WHOLE_SECOND, "1", null), row(null, WHOLE_SECOND, "1", null)));
        String csv = render(stream, true, 7);
        String tail = ",coventry-la-send,demo-la-send,";
        assertEquals("EHCP-20WK,FY2025-26,all,UPDATED,7.250,,,400,\"'-1 \"\"minus\"\", back\\slash\nline\r\n\ttab \u0001 é ✓\""
                + tail + "2026-12-02T14:31:16.120Z,\r\n"
                + "EHCP-20WK,FY2025-26,all,UPDATED,1,2,,400,\"'=SUM(A1)\"" + tail + "2026-12-02T14:31:16Z,\r\n"
                + "EHCP-20WK,FY2025-26,all,UPDATED,1,,,400,plain text" + tail + "2026-12-02T14:31:16Z,\r\n"
                + "EHCP-20WK,FY2025-26,all,UPDATED,1,,,400," + tail + "2026-12-02T14:31:16Z,\r\n", csv);
    }

    @Test
    void aStreamCutShortOrOfAnotherShapeIsRefused() throws IOException {
        CopyTuples cut = new CopyTuples(FeedRows.COLUMNS, (d, s, l) -> { });
        cut.accept(copy(0, false, List.of(row("a", MILLIS, "1", null))), 0, copy(0, false, List.of(row("a", MILLIS, "1", null))).length);
        assertFalse(cut.ended());
        assertEquals(1, cut.rows());
        byte[] twoColumns = copy(0, true, List.of(List.of("a", "b")));
        assertThrows(IOException.class, () -> new CopyTuples(FeedRows.COLUMNS, (d, s, l) -> { }).accept(twoColumns, 0, twoColumns.length));
        byte[] text = java.util.Arrays.copyOf("measure\tperiod\n".getBytes(StandardCharsets.US_ASCII), 40);
        assertThrows(IOException.class, () -> new CopyTuples(FeedRows.COLUMNS, (d, s, l) -> { }).accept(text, 0, text.length));
        byte[] ended = copy(0, true, List.of());
        byte[] afterEnd = java.util.Arrays.copyOf(ended, ended.length + 2);
        assertThrows(IOException.class, () -> new CopyTuples(FeedRows.COLUMNS, (d, s, l) -> { }).accept(afterEnd, 0, afterEnd.length));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
