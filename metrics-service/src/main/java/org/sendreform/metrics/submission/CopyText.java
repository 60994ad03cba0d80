package org.sendreform.metrics.submission;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into {@code COPY ... FROM STDIN} in PostgreSQL's text format, on the caller's connection (so in its
 * transaction). Fields are written with {@code toString()} (numbers as BigDecimal writes them, dates as ISO), null as
 * {@code \N}; backslash, tab, newline and carriage return are escaped, so any text round-trips (the other control
 * characters, NUL among them, are refused when the body is read: StrictJson, CsvValues). Rows go out in chunks, so
 * a 50,000-row COPY never sits in memory whole.
 */
final class CopyText implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

    CopyText(Connection c, String sql) throws SQLException {
        copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    void row(Object... fields) throws SQLException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            if (fields[i] == null) {
                buffer.append("\\N");
            } else {
                escape(fields[i].toString());
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush(); // at a row's end, so no character is split between chunks
        }
    }

    /** Sends what is left and ends the COPY; answers the number of rows PostgreSQL took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** A COPY not finished (an exception on the way) is cancelled, so the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
