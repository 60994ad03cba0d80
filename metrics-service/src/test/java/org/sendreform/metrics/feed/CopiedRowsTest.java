package org.sendreform.metrics.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CopiedRowsTest {

    /** A binary COPY stream as PostgreSQL writes it: header (with an optional extension), rows, end marker. */
    static byte[] copy(int extension, boolean end, int columns, String... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 });
        out.writeInt(0);
        out.writeInt(extension);
        out.write(new byte[extension]);
        for (String row : rows) {
            out.writeShort(columns);
            for (int c = 0; c < columns; c++) {
                byte[] text = row.getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
            }
        }
        if (end) {
            out.writeShort(-1);
        }
        return bytes.toByteArray();
    }

    @Test
    void rowsComeOutAsTheirBytesWithTheSeparatorBetweenWhateverPiecesTheStreamArrivesIn() throws IOException {
        String[] rows = { "{\"a\":\"back\\\\slash \\\"q\\\" \\n\"}", "", "é ✓ \r\n\t,\"" };
        byte[] stream = copy(5, true, 1, rows);
        byte[] expected = String.join(",", rows).getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece <= stream.length; piece++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CopiedRows copied = new CopiedRows(out, new byte[] { ',' });
            for (int at = 0; at < stream.length; at += piece) {
                copied.write(stream, at, Math.min(piece, stream.length - at));
            }
            assertArrayEquals(expected, out.toByteArray(), "pieces of " + piece);
            assertEquals(3, copied.rows());
            assertTrue(copied.complete());
        }
    }

    @Test
    void aStreamCutShortIsNotComplete() throws IOException {
        CopiedRows copied = new CopiedRows(new ByteArrayOutputStream(), new byte[0]);
        copied.write(copy(0, false, 1, "a", "b"));
        assertFalse(copied.complete());
        CopiedRows empty = new CopiedRows(new ByteArrayOutputStream(), new byte[0]);
        empty.write(copy(0, true, 1));
        assertTrue(empty.complete());
        assertEquals(0, empty.rows());
    }

    @Test
    void anythingButOneTextColumnPerRowIsRefused() throws IOException {
        assertThrows(IOException.class, () -> new CopiedRows(new ByteArrayOutputStream(), new byte[0]).write(copy(0, true, 2, "a")));
        byte[] text = "measure\tperiod\n".getBytes(StandardCharsets.US_ASCII);
        byte[] padded = java.util.Arrays.copyOf(text, 40);
        assertThrows(IOException.class, () -> new CopiedRows(new ByteArrayOutputStream(), new byte[0]).write(padded));
        byte[] afterEnd = java.util.Arrays.copyOf(copy(0, true, 1, "a"), copy(0, true, 1, "a").length + 1);
        assertThrows(IOException.class, () -> new CopiedRows(new ByteArrayOutputStream(), new byte[0]).write(afterEnd));
    }
}
