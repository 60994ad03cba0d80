package org.sendreform.metrics.submission;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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

/**
 * Stores checked values in bulk with plain JDBC inside the caller's transaction: one query loads what is
 * stored for the submitted items, then batched upserts write the values and the change log. Writers take a
 * transaction-scoped advisory lock first, so change-log ids follow commit order (the feed relies on it) and
 * concurrent retries of one Idempotency-Key are serialised.
 */
@ApplicationScoped
public class Ingest {

    /** Identifies the metrics change log's writer lock among advisory locks. */
    static final long FEED_LOCK = 0x5E4D_0001L;
    private static final int BATCH = 1000;

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
            upsert(c, id, who, plan.created());
            upsert(c, id, who, plan.updated());
            remove(c, plan.removals());
            logChanges(c, id, who, plan);
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
        String sql = "select v.id, v.measure_id, v.period, v.disaggregation, v.value, v.numerator, v.denominator, v.comment, v.org, "
                + "v.definition_version from measure_value v join unnest(?::bigint[], ?::text[], ?::text[]) as k(measure_id, period, disaggregation) "
                + "on v.measure_id = k.measure_id and v.period = k.period and v.disaggregation = k.disaggregation";
        try (PreparedStatement s = c.prepareStatement(sql)) {
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

    private void upsert(Connection c, UUID submission, Submitter who, List<CheckedValue> values) throws SQLException {
        String sql = "insert into measure_value (measure_id, period, period_start, disaggregation, value, numerator, denominator, "
                + "comment, org, submission_id, definition_version, updated_at) values (?,?,?,?,?,?,?,?,?,?,?, now()) "
                + "on conflict (measure_id, period, disaggregation) do update set value = excluded.value, "
                + "numerator = excluded.numerator, denominator = excluded.denominator, comment = excluded.comment, "
                + "org = excluded.org, submission_id = excluded.submission_id, definition_version = excluded.definition_version, "
                + "updated_at = now()";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (CheckedValue v : values) {
                s.setLong(1, v.measure().id());
                s.setString(2, v.period());
                s.setDate(3, Date.valueOf(v.periodStart()));
                s.setString(4, v.disaggregation());
                s.setBigDecimal(5, v.value());
                setNumber(s, 6, v.numerator());
                setNumber(s, 7, v.denominator());
                s.setString(8, v.comment());
                s.setString(9, who.org());
                s.setObject(10, submission);
                s.setInt(11, v.measure().definitionVersion());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void remove(Connection c, List<Removal> removals) throws SQLException {
        if (removals.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("delete from measure_value where id = any(?)")) {
            Array ids = c.createArrayOf("bigint", removals.stream().map(Removal::id).toArray(Long[]::new));
            s.setArray(1, ids);
            s.executeUpdate();
        }
    }

    private void logChanges(Connection c, UUID submission, Submitter who, Plan plan) throws SQLException {
        String sql = "insert into value_change (measure_code, period, disaggregation, change, old_value, new_value, numerator, "
                + "denominator, comment, org, changed_by, submission_id, definition_version) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (CheckedValue v : plan.created()) {
                change(s, v.measure().code(), v.period(), v.disaggregation(), "CREATED", null, v, v.measure().definitionVersion(), who,
                        submission);
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            for (CheckedValue v : plan.updated()) {
                Stored old = plan.before().get(v.key());
                change(s, v.measure().code(), v.period(), v.disaggregation(), "UPDATED", old.value(), v, v.measure().definitionVersion(),
                        who, submission);
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            for (Removal r : plan.removals()) {
                change(s, r.measureCode(), r.period(), r.disaggregation(), "REMOVED", r.oldValue(), null, r.definitionVersion(), who,
                        submission);
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void change(PreparedStatement s, String code, String period, String disaggregation, String change,
            BigDecimal oldValue, CheckedValue v, int definitionVersion, Submitter who, UUID submission) throws SQLException {
        s.setString(1, code);
        s.setString(2, period);
        s.setString(3, disaggregation);
        s.setString(4, change);
        setNumber(s, 5, oldValue);
        setNumber(s, 6, v == null ? null : v.value());
        setNumber(s, 7, v == null ? null : v.numerator());
        setNumber(s, 8, v == null ? null : v.denominator());
        s.setString(9, v == null ? null : v.comment());
        s.setString(10, who.org());
        s.setString(11, who.name());
        s.setObject(12, submission);
        s.setInt(13, definitionVersion);
        s.addBatch();
    }

    private static void setNumber(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NUMERIC);
        } else {
            s.setBigDecimal(index, value);
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
