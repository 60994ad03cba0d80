package org.sendreform.metrics.submission;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.postgresql.PGStatement;

/**
 * Stores checked values in bulk with plain JDBC inside the caller's transaction: one query loads what is
 * stored for the submitted items, then the changes are COPYed into a temporary table and written to the values
 * and the change log with one statement each. Writers take a
 * transaction-scoped advisory lock first, so change-log ids follow commit order (the feed relies on it) and
 * concurrent retries of one Idempotency-Key are serialised.
 */
@ApplicationScoped
public class Ingest {

    /** Identifies the metrics change log's writer lock among advisory locks. */
    static final long FEED_LOCK = 0x5E4D_0001L;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Who is submitting: the token's client and subject, its organisation, a readable name for the history. */
    public record Submitter(String clientId, String org, String name) {
    }

    record Stored(long id, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String comment, String org,
            int definitionVersion) {
    }

    /** A value the submission leaves out of its snapshot scope, to be removed. */
    record Removal(long id, String measureCode, String period, String disaggregation, BigDecimal oldValue, int definitionVersion) {
    }

    /** What storing the accepted values would do, computed before anything is written. */
    record Plan(List<CheckedValue> created, List<CheckedValue> updated, Map<String, Stored> before, int unchanged,
            List<Removal> removals) {
    }

    public void lockFeed() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            s.setLong(1, FEED_LOCK);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares the accepted values with what is stored; in snapshot mode also finds what the snapshot drops. */
    public Plan plan(List<CheckedValue> accepted, SubmissionSummary.Mode mode, String org) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Stored> stored = loadStored(c, accepted);
            List<CheckedValue> created = new ArrayList<>();
            List<CheckedValue> updated = new ArrayList<>();
            int unchanged = 0;
            for (CheckedValue v : accepted) {
                Stored s = stored.get(v.key());
                if (s == null) {
                    created.add(v);
                } else if (same(s, v)) {
                    unchanged++;
                } else {
                    updated.add(v);
                }
            }
            List<Removal> removals = mode == SubmissionSummary.Mode.SNAPSHOT ? removals(c, accepted, org) : List.of();
            return new Plan(created, updated, stored, unchanged, removals);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void store(UUID id, SubmissionSummary summary, Submitter who, String idempotencyKey, String requestHash, Plan plan) {
        try (Connection c = dataSource.getConnection()) {
            insertSubmission(c, id, summary, who, idempotencyKey, requestHash);
            copyChanges(c, plan);
            upsert(c, id, who);
            remove(c, plan.removals());
            logChanges(c, id, who);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Stored> loadStored(Connection c, List<CheckedValue> values) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (values.isEmpty()) {
            return stored;
        }
        Long[] ids = new Long[values.size()];
        String[] periods = new String[values.size()];
        String[] breakdowns = new String[values.size()];
        for (int i = 0; i < values.size(); i++) {
            ids[i] = values.get(i).measure().id();
            periods[i] = values.get(i).period();
            breakdowns[i] = values.get(i).disaggregation();
        }
        // one probe of the unique key per value ("limit 1": the key is unique): as a plain join a large batch became a hash
        // join over the whole table, whose cost grows with the table (docs/benchmarks.md, set-based writes)
        String sql = "select v.id, v.measure_id, v.period, v.disaggregation, v.value, v.numerator, v.denominator, v.comment, v.org, "
                + "v.definition_version from unnest(?::bigint[], ?::text[], ?::text[]) as k(measure_id, period, disaggregation) "
                + "cross join lateral (select * from measure_value v where v.measure_id = k.measure_id and v.period = k.period "
                + "and v.disaggregation = k.disaggregation limit 1) v";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            // planned anew each time, never from a cached generic plan: one made while the table was small probed
            // measure_value_history and filtered the series' every period (seen in the benchmark)
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
            s.setArray(1, c.createArrayOf("bigint", ids));
            s.setArray(2, c.createArrayOf("text", periods));
            s.setArray(3, c.createArrayOf("text", breakdowns));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getLong(2) + "|" + r.getString(3) + "|" + r.getString(4), new Stored(r.getLong(1),
                            r.getBigDecimal(5), r.getBigDecimal(6), r.getBigDecimal(7), r.getString(8), r.getString(9), r.getInt(10)));
                }
            }
        }
        return stored;
    }

    /** Values of this organisation, in the snapshot's measure × period scope, that the snapshot does not carry. */
    private List<Removal> removals(Connection c, List<CheckedValue> values, String org) throws SQLException {
        Map<String, CheckedValue> scope = new LinkedHashMap<>();
        Set<String> carried = new LinkedHashSet<>();
        for (CheckedValue v : values) {
            scope.putIfAbsent(v.measure().id() + "|" + v.period(), v);
            carried.add(v.key());
        }
        List<Removal> removals = new ArrayList<>();
        if (scope.isEmpty()) {
            return removals;
        }
        Long[] ids = scope.values().stream().map(v -> v.measure().id()).toArray(Long[]::new);
        String[] periods = scope.values().stream().map(CheckedValue::period).toArray(String[]::new);
        String sql = "select v.id, v.measure_id, m.code, v.period, v.disaggregation, v.value, v.definition_version from measure_value v "
                + "join measure m on m.id = v.measure_id "
                + "join unnest(?::bigint[], ?::text[]) as k(measure_id, period) on v.measure_id = k.measure_id and v.period = k.period "
                + "where v.org is not distinct from ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", ids));
            s.setArray(2, c.createArrayOf("text", periods));
            s.setString(3, org);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getLong(2) + "|" + r.getString(4) + "|" + r.getString(5);
                    if (!carried.contains(key)) {
                        removals.add(new Removal(r.getLong(1), r.getString(3), r.getString(4), r.getString(5), r.getBigDecimal(6),
                                r.getInt(7)));
                    }
                }
            }
        }
        return removals;
    }

    private void insertSubmission(Connection c, UUID id, SubmissionSummary summary, Submitter who, String key, String hash)
            throws SQLException, JsonProcessingException {
        String sql = "insert into submission (id, client_id, org, idempotency_key, request_hash, mode, atomic, received_at, "
                + "received, imported, updated, unchanged, removed, rejected, rejections) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.setString(2, who.clientId());
            s.setString(3, who.org());
            s.setString(4, key);
            s.setString(5, hash);
            s.setString(6, summary.mode().name());
            s.setBoolean(7, summary.atomic());
            s.setTimestamp(8, Timestamp.from(summary.receivedAt()));
            s.setInt(9, summary.received());
            s.setInt(10, summary.imported());
            s.setInt(11, summary.updated());
            s.setInt(12, summary.unchanged());
            s.setInt(13, summary.removed());
            s.setInt(14, summary.rejected());
            s.setString(15, json.writeValueAsString(summary.rejections()));
            s.executeUpdate();
        }
    }

    /**
     * Every change of the submission, in change-log order (created in submission order, then updated, then removed),
     * COPYed into a temporary table of this transaction: one COPY and two set-based statements instead of a row
     * statement per value each for measure_value and value_change, which is where PostgreSQL spent most of a large
     * submission's time (docs/benchmarks.md, set-based writes).
     */
    private static void copyChanges(Connection c, Plan plan) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temp table incoming_change (ord int, change text, measure_id bigint, measure_code text, "
                    + "period text, period_start date, disaggregation text, old_value numeric, value numeric, numerator numeric, "
                    + "denominator numeric, comment text, definition_version int) on commit drop");
        }
        try (CopyText copy = new CopyText(c, "copy incoming_change from stdin")) {
            int ord = 0;
            for (CheckedValue v : plan.created()) {
                copyValue(copy, ord++, "CREATED", null, v);
            }
            for (CheckedValue v : plan.updated()) {
                copyValue(copy, ord++, "UPDATED", plan.before().get(v.key()).value(), v);
            }
            for (Removal r : plan.removals()) {
                copy.row(ord++, "REMOVED", null, r.measureCode(), r.period(), null, r.disaggregation(), r.oldValue(), null, null, null,
                        null, r.definitionVersion());
            }
            copy.finish();
        }
    }

    private static void copyValue(CopyText copy, int ord, String change, BigDecimal oldValue, CheckedValue v) throws SQLException {
        copy.row(ord, change, v.measure().id(), v.measure().code(), v.period(), v.periodStart(), v.disaggregation(), oldValue,
                v.value(), v.numerator(), v.denominator(), v.comment(), v.measure().definitionVersion());
    }

    private static void upsert(Connection c, UUID submission, Submitter who) throws SQLException {
        String sql = "insert into measure_value (measure_id, period, period_start, disaggregation, value, numerator, denominator, "
                + "comment, org, submission_id, definition_version, updated_at) "
                + "select measure_id, period, period_start, disaggregation, value, numerator, denominator, comment, ?::text, ?::uuid, "
                + "definition_version, now() from incoming_change where change <> 'REMOVED' order by ord "
                + "on conflict (measure_id, period, disaggregation) do update set value = excluded.value, "
                + "numerator = excluded.numerator, denominator = excluded.denominator, comment = excluded.comment, "
                + "org = excluded.org, submission_id = excluded.submission_id, definition_version = excluded.definition_version, "
                + "updated_at = now()";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, who.org());
            s.setObject(2, submission);
            s.executeUpdate();
        }
    }

    private static void remove(Connection c, List<Removal> removals) throws SQLException {
        if (removals.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("delete from measure_value where id = any(?)")) {
            Array ids = c.createArrayOf("bigint", removals.stream().map(Removal::id).toArray(Long[]::new));
            s.setArray(1, ids);
            s.executeUpdate();
        }
    }

    /** Ids are drawn in ord order under the feed lock, so the feed reads the changes in the order they were made. */
    private static void logChanges(Connection c, UUID submission, Submitter who) throws SQLException {
        String sql = "insert into value_change (measure_code, period, disaggregation, change, old_value, new_value, numerator, "
                + "denominator, comment, org, changed_by, submission_id, definition_version) "
                + "select measure_code, period, disaggregation, change, old_value, value, numerator, denominator, comment, ?::text, "
                + "?::text, ?::uuid, definition_version from incoming_change order by ord";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, who.org());
            s.setString(2, who.name());
            s.setObject(3, submission);
            s.executeUpdate();
        }
    }

    private static boolean same(Stored s, CheckedValue v) {
        return s.value().compareTo(v.value()) == 0 && equalNumbers(s.numerator(), v.numerator())
                && equalNumbers(s.denominator(), v.denominator()) && Objects.equals(s.comment(), v.comment())
                && s.definitionVersion() == v.measure().definitionVersion(); // the same figure restated under a new definition
    }

    private static boolean equalNumbers(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

}
