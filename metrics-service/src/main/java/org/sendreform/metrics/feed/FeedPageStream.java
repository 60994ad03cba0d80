package org.sendreform.metrics.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import javax.sql.DataSource;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One page of the feed written straight from the database cursor to the response, row by row, as JSON or CSV:
 * no list of changes and no rendered page are held, so memory stays flat with the page size and the CPU goes
 * to the bytes (the benchmark's profile spent three quarters of a page's time building objects and strings).
 * The page's bounds are fixed before the first byte ({@link #bounds}), because the cursor travels in headers.
 * Numbers are copied as PostgreSQL prints them, which is the plain form the JSON API uses everywhere.
 */
final class FeedPageStream implements StreamingOutput {

    /** What a page covers: changes after {@code after} up to and including {@code last}. */
    record Bounds(long after, long last, boolean more) {
    }

    private static final String ROWS = "select " + ValueChange.COLUMNS + " from value_change where id > ? and id <= ? order by id";

    private final DataSource dataSource;
    private final JsonFactory json;
    private final Bounds bounds;
    private final boolean csv;
    private final String nextCursor;

    FeedPageStream(DataSource dataSource, JsonFactory json, Bounds bounds, boolean csv, String nextCursor) {
        this.dataSource = dataSource;
        this.json = json;
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
    public void write(OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
            try (PreparedStatement s = c.prepareStatement(ROWS)) {
                s.setFetchSize(1000);
                s.setLong(1, bounds.after());
                s.setLong(2, bounds.last());
                try (ResultSet r = s.executeQuery()) {
                    if (csv) {
                        writeCsv(r, out);
                    } else {
                        writeJson(r, out);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeJson(ResultSet r, OutputStream out) throws SQLException, IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            while (r.next()) {
                g.writeStartObject();
                g.writeStringField("measureCode", r.getString(2));
                g.writeStringField("period", r.getString(3));
                g.writeStringField("disaggregation", r.getString(4));
                g.writeStringField("change", r.getString(5));
                number(g, "value", r.getString(6));
                number(g, "previousValue", r.getString(7));
                number(g, "numerator", r.getString(8));
                number(g, "denominator", r.getString(9));
                g.writeStringField("comment", r.getString(10));
                g.writeStringField("org", r.getString(11));
                g.writeStringField("changedBy", r.getString(12));
                g.writeStringField("changedAt", instant(r.getTimestamp(13)));
                g.writeStringField("submissionId", r.getString(14));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("nextCursor", nextCursor);
            g.writeBooleanField("more", bounds.more());
            g.writeEndObject();
        }
    }

    private static void writeCsv(ResultSet r, OutputStream out) throws SQLException, IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(ValueChangesCsv.HEADER);
        w.write("\r\n");
        while (r.next()) {
            w.write(ValueChangesCsv.text(r.getString(2)));
            w.write(',');
            w.write(ValueChangesCsv.text(r.getString(3)));
            w.write(',');
            w.write(ValueChangesCsv.text(r.getString(4)));
            w.write(',');
            w.write(r.getString(5));
            for (int column = 6; column <= 9; column++) {
                w.write(',');
                String n = r.getString(column);
                if (n != null) {
                    w.write(n);
                }
            }
            for (int column = 10; column <= 12; column++) {
                w.write(',');
                w.write(ValueChangesCsv.text(r.getString(column)));
            }
            w.write(',');
            w.write(instant(r.getTimestamp(13)));
            w.write(',');
            String submission = r.getString(14);
            if (submission != null) {
                w.write(submission);
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static void number(JsonGenerator g, String field, String plain) throws IOException {
        if (plain == null) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeNumber(plain);
        }
    }

    private static String instant(Timestamp t) {
        return t.toInstant().toString();
    }
}
