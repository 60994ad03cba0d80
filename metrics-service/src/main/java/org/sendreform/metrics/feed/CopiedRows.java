package org.sendreform.metrics.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The rows of a one-column {@code COPY (SELECT …) TO STDOUT (FORMAT binary)}, passed on as the column's bytes with a
 * separator between rows. Binary, because the text and CSV formats of COPY escape or quote what a rendered JSON
 * object or CSV line carries (backslashes, quotes, line ends), while a text column in binary is its bytes as stored.
 * The stream is decoded as it comes, in whatever pieces the driver hands over, so nothing is held but the few bytes
 * of a header: format in the PostgreSQL documentation, "COPY", "Binary Format".
 */
final class CopiedRows extends OutputStream {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
    /** The signature, the flags field and the header extension's length. */
    private static final int HEADER = SIGNATURE.length + 4 + 4;

    private enum Expecting {
        HEADER, EXTENSION, FIELD_COUNT, FIELD_LENGTH, FIELD, END
    }

    private final OutputStream out;
    private final byte[] separator;
    private final byte[] fixed = new byte[HEADER];
    private Expecting expecting = Expecting.HEADER;
    private int need = HEADER;
    private int have;
    private long remaining;
    private long rows;

    CopiedRows(OutputStream out, byte[] separator) {
        this.out = out;
        this.separator = separator.clone();
    }

    long rows() {
        return rows;
    }

    /** True once the end-of-data marker has come: a COPY cut short never reaches it. */
    boolean complete() {
        return expecting == Expecting.END;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            switch (expecting) {
                case FIELD, EXTENSION -> {
                    int n = (int) Math.min(remaining, end - off);
                    if (expecting == Expecting.FIELD) {
                        out.write(b, off, n);
                    }
                    off += n;
                    remaining -= n;
                    if (remaining == 0) {
                        expect(Expecting.FIELD_COUNT, 2);
                    }
                }
                case END -> throw new IOException("COPY sent data after its end-of-data marker");
                default -> {
                    int n = Math.min(need - have, end - off);
                    System.arraycopy(b, off, fixed, have, n);
                    have += n;
                    off += n;
                    if (have == need) {
                        fixedPartRead();
                    }
                }
            }
        }
    }

    private void fixedPartRead() throws IOException {
        ByteBuffer read = ByteBuffer.wrap(fixed, 0, need);
        switch (expecting) {
            case HEADER -> {
                if (!Arrays.equals(fixed, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                    throw new IOException("not a binary COPY stream");
                }
                int extension = read.getInt(SIGNATURE.length + 4);
                if (extension > 0) {
                    expecting = Expecting.EXTENSION;
                    remaining = extension;
                } else {
                    expect(Expecting.FIELD_COUNT, 2);
                }
            }
            case FIELD_COUNT -> {
                short fields = read.getShort(0);
                if (fields == -1) {
                    expecting = Expecting.END;
                } else if (fields != 1) {
                    throw new IOException("expected rows of one column, got " + fields);
                } else {
                    expect(Expecting.FIELD_LENGTH, 4);
                }
            }
            case FIELD_LENGTH -> {
                int length = read.getInt(0);
                if (length < 0) {
                    throw new IOException("a row rendered as null");
                }
                if (rows++ > 0) {
                    out.write(separator);
                }
                if (length == 0) {
                    expect(Expecting.FIELD_COUNT, 2);
                } else {
                    expecting = Expecting.FIELD;
                    remaining = length;
                }
            }
            default -> throw new IllegalStateException(expecting.name());
        }
    }

    private void expect(Expecting next, int bytes) {
        expecting = next;
        need = bytes;
        have = 0;
    }
}
