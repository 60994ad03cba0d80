package org.sendreform.metrics.feed;

import java.io.BufferedOutputStream;
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

/**
 * One page of the feed, rendered row by row by PostgreSQL and copied to the response as it comes (a binary
 * {@code COPY … TO STDOUT} of one text column, {@link CopiedRows}): no Java object per change and no rendered page
 * are held, so memory stays flat with the page size and the service's CPU goes to moving bytes. Before this the
 * service built each row through JDBC and Jackson, which on metrics-service's C1-only JIT held the feed to a quarter
 * of the database's own COPY rate (docs/benchmarks.md). The page's bounds are fixed before the first byte
 * ({@link #bounds}), because the cursor travels in headers. Numbers are copied as PostgreSQL prints them, which is
 * the plain form the JSON API uses everywhere.
 */
final class FeedPageStream implements StreamingOutput {

    /** What a page covers: changes after {@code after} up to and including {@code last}. */
    record Bounds(long after, long last, boolean more) {
    }

    /** A change as a JSON object: the fields of {@link ValueChange}, in its order, nulls written as null. */
    private static final String ITEM = "row_to_json(item) from (select measure_code as \"measureCode\", period, disaggregation, change, "
            + "new_value as value, old_value as \"previousValue\", numerator, denominator, comment, org, "
            + "changed_by as \"changedBy\", " + ValueChange.CHANGED_AT_TEXT + " as \"changedAt\", "
            + "submission_id as \"submissionId\" from value_change where id > %d and id <= %d order by id) item";
    private static final String LINES = ValueChangesCsv.LINE + " from value_change where id > %d and id <= %d order by id";
    private static final byte[] CSV_HEADER = (ValueChangesCsv.HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEMS_START = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = { ',' };
    private static final byte[] NOTHING = {};

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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, limit);
            s.setLong(2, after);
            s.setInt(3, limit + 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long found = r.getLong(1);
                long last = r.getLong(2);
                return new Bounds(after, found == 0 ? after : last, found > limit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(OutputStream response) throws IOException {
        OutputStream out = new BufferedOutputStream(response, 1 << 16);
        out.write(csv ? CSV_HEADER : ITEMS_START);
        // COPY takes no parameters; the bounds are numbers this service computed, so they are written in
        String rows = String.format(csv ? LINES : ITEM, bounds.after(), bounds.last());
        CopiedRows copied = new CopiedRows(out, csv ? NOTHING : COMMA);
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + rows + ") to stdout (format binary)", copied);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!copied.complete()) {
            throw new IOException("the page's COPY ended before its end-of-data marker, after " + copied.rows() + " rows");
        }
        if (!csv) {
            // the cursor is base64url: nothing in it needs escaping in JSON
            out.write(("],\"nextCursor\":\"" + nextCursor + "\",\"more\":" + bounds.more() + "}").getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }
}
