package org.sendreform.metrics.feed;

import java.io.IOException;
import java.util.Arrays;

/**
 * Decodes the output of {@code COPY … TO STDOUT (FORMAT binary)} into rows, each handed over as one byte array with
 * the start and length of every column (length -1 for null), so a row's text reaches the response without a
 * String or an object per field. Binary rather than text or CSV: the bytes of a text column are its UTF-8 as
 * stored, with nothing escaped to undo. Input may come in pieces of any size; a row split between pieces waits for
 * the rest. Format: the PostgreSQL documentation, "COPY", "Binary Format".
 */
final class CopyTuples {

    /** Takes one decoded row; the arrays are reused for the next row. */
    interface Row {
        void accept(byte[] data, int[] start, int[] length) throws IOException;
    }

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
    /** The signature, the flags field and the header extension's length. */
    private static final int HEADER = SIGNATURE.length + 4 + 4;

    private final int columns;
    private final Row row;
    private final int[] start;
    private final int[] length;
    private byte[] pending = new byte[1 << 12];
    private int size;
    private boolean headerRead;
    private boolean ended;
    private long rows;

    CopyTuples(int columns, Row row) {
        this.columns = columns;
        this.row = row;
        this.start = new int[columns];
        this.length = new int[columns];
    }

    long rows() {
        return rows;
    }

    /** True once the end-of-data marker has come: a COPY cut short never reaches it. */
    boolean ended() {
        return ended;
    }

    void accept(byte[] piece, int offset, int count) throws IOException {
        if (ended && count > 0) {
            throw new IOException("COPY sent data after its end-of-data marker");
        }
        if (size + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, size + count));
        }
        System.arraycopy(piece, offset, pending, size, count);
        size += count;
        int at = 0;
        if (!headerRead) {
            if (size < HEADER) {
                return;
            }
            if (!Arrays.equals(pending, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                throw new IOException("not a binary COPY stream");
            }
            int extension = intAt(SIGNATURE.length + 4);
            if (size < HEADER + extension) {
                return;
            }
            at = HEADER + extension;
            headerRead = true;
        }
        while (size - at >= 2) {
            short fields = (short) ((pending[at] & 0xff) << 8 | pending[at + 1] & 0xff);
            if (fields == -1) {
                ended = true;
                at += 2;
                if (at != size) {
                    throw new IOException("COPY sent data after its end-of-data marker");
                }
                break;
            }
            if (fields != columns) {
                throw new IOException("expected rows of " + columns + " columns, got " + fields);
            }
            int p = at + 2;
            int c = 0;
            for (; c < columns && size - p >= 4; c++) {
                int n = intAt(p);
                p += 4;
                if (n > 0 && size - p < n) {
                    break;
                }
                start[c] = p;
                length[c] = n;
                p += Math.max(n, 0);
            }
            if (c < columns) {
                break; // the rest of this row is still to come
            }
            row.accept(pending, start, length);
            rows++;
            at = p;
        }
        System.arraycopy(pending, at, pending, 0, size - at);
        size -= at;
    }

    private int intAt(int at) {
        return (pending[at] & 0xff) << 24 | (pending[at + 1] & 0xff) << 16 | (pending[at + 2] & 0xff) << 8 | pending[at + 3] & 0xff;
    }
}
