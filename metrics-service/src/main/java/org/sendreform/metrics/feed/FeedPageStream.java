package org.sendreform.metrics.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.ws.rs.core.StreamingOutput;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * One page of the feed, copied from the database to the response as it is read: a binary
 * {@code COPY … TO STDOUT} of the page's rows ({@link CopyTuples}) written straight out as JSON or CSV bytes
 * ({@link FeedRows}). No Java object per change, no String per field and no rendered page are held, so memory stays
 * flat with the page size and the service's CPU goes to moving bytes: JDBC and Jackson had held the feed to a
 * quarter of the database's own COPY rate on metrics-service's C1-only JIT, and PostgreSQL rendering the JSON
 * itself ({@code row_to_json}) cost it 2.5 times a plain COPY (docs/benchmarks.md). The page's bounds are fixed
 * before the first byte ({@link #bounds}), because the cursor travels in headers.
 */
final class FeedPageStream implements StreamingOutput {

    /** What a page covers: changes after {@code after} up to and including {@code last}. */
    record Bounds(long after, long last, boolean more) {
    }

    private static final byte[] CSV_HEADER = (ValueChangesCsv.HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEMS_START = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);

    private final DataSource dataSource;
    private final Bounds bounds;
    private final boolean csv;
    private final String nextCursor;

    FeedPageStream(DataSource dataSource, Bounds bounds, boolean csv, String nextCursor) {
        this.dataSource = dataSource;
        this.bounds = bounds;
        this.csv = csv;
        this.nextCursor = nextCursor;
    }

    /**
     * The ids a page of at most {@code limit} changes after {@code after} covers. Change ids are drawn under the
     * writers' lock and committed in order, so no change can later appear inside these bounds: reading the rows
     * in a second query gives exactly the rows counted here.
     */
    static Bounds bounds(DataSource dataSource, long after, int limit) {
        String sql = "select count(*), max(id) filter (where n <= ?) from "
                + "(select id, row_number() over (order by id) n from value_change where id > ? order by id limit ?) page";
        try {
            return walkingTheKey(dataSource, c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setInt(1, limit);
                    s.setLong(2, after);
                    s.setInt(3, limit + 1);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        long found = r.getLong(1);
                        long last = r.getLong(2);
                        return new Bounds(after, found == 0 ? after : last, found > limit);
                    }
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e); // the bounds write nothing to the client
        }
    }

    /** Work on a connection of the page's own read-only transaction, which walks the key. */
    private interface PageRead<T> {
        T on(Connection c) throws SQLException, IOException;
    }

    /**
     * Both of a page's queries read a range of the change log's key in key order, and the only good plan for that is
     * a walk of the primary key. Without table statistics (a table just loaded, or autovacuum off, as on the
     * benchmark's PostgreSQL) the planner chose a sequential scan and a sort, or a bitmap scan and a sort that spilled
     * to disk: 3 to 4 times slower per page (docs/benchmarks.md). So, for the page's transaction only, those are off.
     */
    private static <T> T walkingTheKey(DataSource dataSource, PageRead<T> read) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("select set_config('enable_seqscan', 'off', true), "
                        + "set_config('enable_bitmapscan', 'off', true), set_config('enable_sort', 'off', true)")) {
                    s.execute();
                }
                return read.on(c);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(OutputStream response) throws IOException {
        FeedRows rows = new FeedRows(response, csv);
        rows.write(csv ? CSV_HEADER : ITEMS_START);
        CopyTuples tuples = new CopyTuples(FeedRows.COLUMNS, rows);
        String sql = "copy (" + String.format(FeedRows.SELECT, bounds.after(), bounds.last()) + ") to stdout (format binary)";
        walkingTheKey(dataSource, c -> {
            CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            try {
                byte[] piece;
                while ((piece = copy.readFromCopy()) != null) {
                    tuples.accept(piece, 0, piece.length);
                }
            } catch (IOException clientGone) {
                stop(copy);
                throw clientGone;
            }
            return null;
        });
        if (!tuples.ended()) {
            throw new IOException("the page's COPY ended before its end-of-data marker, after " + tuples.rows() + " rows");
        }
        if (!csv) {
            // the cursor is base64url: nothing in it needs escaping in JSON
            rows.write(("],\"nextCursor\":\"" + nextCursor + "\",\"more\":" + bounds.more() + "}").getBytes(StandardCharsets.US_ASCII));
        }
        rows.flush();
    }

    /** Stops a COPY whose rows can no longer be written, as pgjdbc's CopyManager does, so the connection can be reused. */
    private static void stop(CopyOut copy) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            while (copy.readFromCopy() != null) {
                // the rest of the rows, if the cancel came late
            }
        } catch (SQLException e) {
            // the cancel's own error ends the COPY; the IOException that caused it is what the caller hears of
        }
    }
}
