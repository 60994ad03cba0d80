package org.sendreform.metrics.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Writes the rows of {@link #SELECT} (decoded by {@link CopyTuples}) as the feed's JSON items or CSV lines, byte
 * for byte what the JSON API and {@link ValueChangesCsv} define: text copied as its UTF-8 (escaped for JSON, quoted
 * for CSV only where it must be), numbers as PostgreSQL prints them, instants as {@link Instant#toString()}. Rows
 * are gathered in a buffer and passed on 64 KiB at a time.
 */
final class FeedRows implements CopyTuples.Row {

    /** The columns, in {@link ValueChange}'s order; COPY takes no parameters, so the bounds are formatted in. */
    static final String SELECT = "select measure_code, period, disaggregation, change, new_value::text, old_value::text, "
            + "numerator::text, denominator::text, comment, org, changed_by, changed_at, submission_id::text "
            + "from value_change where id > %d and id <= %d order by id";
    static final int COLUMNS = 13;
    private static final int NUMBERS_FROM = 4;
    private static final int NUMBERS_TO = 7;
    private static final int CHANGED_AT = 11;
    private static final byte[][] JSON_NAMES = names("measureCode", "period", "disaggregation", "change", "value",
            "previousValue", "numerator", "denominator", "comment", "org", "changedBy", "changedAt", "submissionId");
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** PostgreSQL's epoch, 2000-01-01T00:00:00Z, in microseconds after 1970's. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final boolean csv;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int size;
    private long rows;
    /** The rows of one submission share their commit's instant, so the last one rendered is kept. */
    private long lastMicros = Long.MIN_VALUE;
    private byte[] lastInstant;

    FeedRows(OutputStream out, boolean csv) {
        this.out = out;
        this.csv = csv;
    }

    @Override
    public void accept(byte[] data, int[] start, int[] length) throws IOException {
        if (csv) {
            csvLine(data, start, length);
        } else {
            jsonItem(data, start, length);
        }
        rows++;
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    void write(byte[] bytes) throws IOException {
        put(bytes, 0, bytes.length);
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
        out.flush();
    }

    private void jsonItem(byte[] data, int[] start, int[] length) {
        if (rows > 0) {
            put((byte) ',');
        }
        for (int c = 0; c < COLUMNS; c++) {
            byte[] name = JSON_NAMES[c];
            put(name, 0, name.length);
            if (length[c] < 0) {
                put(NULL, 0, NULL.length);
            } else if (c >= NUMBERS_FROM && c <= NUMBERS_TO) {
                put(data, start[c], length[c]);
            } else {
                put((byte) '"');
                if (c == CHANGED_AT) {
                    byte[] instant = instant(data, start[c]);
                    put(instant, 0, instant.length);
                } else {
                    jsonText(data, start[c], length[c]);
                }
                put((byte) '"');
            }
        }
        put((byte) '}');
    }

    private void csvLine(byte[] data, int[] start, int[] length) {
        for (int c = 0; c < COLUMNS; c++) {
            if (c > 0) {
                put((byte) ',');
            }
            if (length[c] < 0) {
                continue;
            }
            if (c == CHANGED_AT) {
                byte[] instant = instant(data, start[c]);
                put(instant, 0, instant.length);
            } else if (c >= NUMBERS_FROM && c <= NUMBERS_TO) {
                put(data, start[c], length[c]);
            } else {
                csvText(data, start[c], length[c]);
            }
        }
        put((byte) '\r');
        put((byte) '\n');
    }

    /** JSON string content: quote, backslash and control characters escaped; all else (UTF-8 included) as it is. */
    private void jsonText(byte[] data, int from, int count) {
        int end = from + count;
        int plain = from;
        for (int i = from; i < end; i++) {
            int b = data[i] & 0xff;
            if (b >= 0x20 && b != '"' && b != '\\') {
                continue;
            }
            put(data, plain, i - plain);
            plain = i + 1;
            put((byte) '\\');
            switch (b) {
                case '"', '\\' -> put((byte) b);
                case '\n' -> put((byte) 'n');
                case '\r' -> put((byte) 'r');
                case '\t' -> put((byte) 't');
                case '\b' -> put((byte) 'b');
                case '\f' -> put((byte) 'f');
                default -> {
                    put((byte) 'u');
                    put((byte) '0');
                    put((byte) '0');
                    put(HEX[b >> 4]);
                    put(HEX[b & 0xf]);
                }
            }
        }
        put(data, plain, end - plain);
    }

    /** A CSV text field by {@link ValueChangesCsv}'s rule. */
    private void csvText(byte[] data, int from, int count) {
        boolean formula = count > 0 && ValueChangesCsv.formulaStart(data[from]);
        boolean quote = formula;
        for (int i = from; i < from + count && !quote; i++) {
            byte b = data[i];
            quote = b == ',' || b == '"' || b == '\n' || b == '\r';
        }
        if (!quote) {
            put(data, from, count);
            return;
        }
        put((byte) '"');
        if (formula) {
            put((byte) '\'');
        }
        int plain = from;
        for (int i = from; i < from + count; i++) {
            if (data[i] == '"') {
                put(data, plain, i + 1 - plain);
                plain = i; // the quote goes out twice: once above, once with what follows
            }
        }
        put(data, plain, from + count - plain);
        put((byte) '"');
    }

    /** A timestamptz in binary: microseconds since PostgreSQL's epoch, as Instant's ISO form. */
    private byte[] instant(byte[] data, int at) {
        long micros = 0;
        for (int i = 0; i < 8; i++) {
            micros = micros << 8 | data[at + i] & 0xff;
        }
        if (micros != lastMicros) {
            long epochMicros = micros + POSTGRES_EPOCH_MICROS;
            lastInstant = Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1000)
                    .toString().getBytes(StandardCharsets.US_ASCII);
            lastMicros = micros;
        }
        return lastInstant;
    }

    private void put(byte b) {
        room(1);
        buffer[size++] = b;
    }

    private void put(byte[] bytes, int from, int count) {
        room(count);
        System.arraycopy(bytes, from, buffer, size, count);
        size += count;
    }

    /** Grows the buffer for a row longer than the room left (a long comment, say); rows are flushed between. */
    private void room(int count) {
        if (size + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + count));
        }
    }

    private static byte[][] names(String... names) {
        byte[][] prefixes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            prefixes[i] = ((i == 0 ? "{\"" : ",\"") + names[i] + "\":").getBytes(StandardCharsets.US_ASCII);
        }
        return prefixes;
    }
}
