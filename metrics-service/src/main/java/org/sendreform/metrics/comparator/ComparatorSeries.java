package org.sendreform.metrics.comparator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sendreform.metrics.measure.Target;
import org.sendreform.metrics.submission.CheckedValue;
import org.sendreform.platform.period.Period;

/**
 * Comparator figures in the database: loaded in bulk (one query for what is stored, batched upserts and an
 * append-only change log), and read back per measure for series, status events and listings.
 */
@ApplicationScoped
public class ComparatorSeries {

    private static final int BATCH = 1000;

    @Inject
    DataSource dataSource;

    private record Stored(BigDecimal value, String source) {
    }

    /** Every figure of these measures, in one query. */
    public ComparatorValues valuesOf(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return ComparatorValues.NONE;
        }
        Map<String, BigDecimal> values = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select m.code, v.comparator, v.period, v.disaggregation, v.value from comparator_value v "
                        + "join measure m on m.id = v.measure_id where v.measure_id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", measureIds.toArray(Long[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.put(ComparatorValues.key(r.getString(1), Target.Comparator.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4)), r.getBigDecimal(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ComparatorValues(values);
    }

    /** The figures of a measure, optionally of one comparator and breakdown and within from..to, in period order. */
    public List<ComparatorValueView> list(long measureId, Target.Comparator comparator, String disaggregation, Period from, Period to) {
        StringBuilder sql = new StringBuilder("select comparator, period, disaggregation, value, source, loaded_by, updated_at "
                + "from comparator_value where measure_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(measureId));
        if (comparator != null) {
            sql.append(" and comparator = ?");
            parameters.add(comparator.name());
        }
        if (disaggregation != null) {
            sql.append(" and disaggregation = ?");
            parameters.add(disaggregation);
        }
        if (from != null) {
            sql.append(" and period_start >= ?");
            parameters.add(Date.valueOf(from.start()));
        }
        if (to != null) {
            sql.append(" and period_start <= ?");
            parameters.add(Date.valueOf(to.end()));
        }
        sql.append(" order by comparator, disaggregation, period_start");
        List<ComparatorValueView> out = new ArrayList<>();
        query(sql.toString(), parameters, r -> out.add(new ComparatorValueView(Target.Comparator.valueOf(r.getString(1)),
                r.getString(2), r.getString(3), r.getBigDecimal(4), r.getString(5), r.getString(6), r.getTimestamp(7).toInstant())));
        return out;
    }

    /** Every change of one figure, oldest first. */
    public List<ComparatorChange> history(String measureCode, Target.Comparator comparator, String period, String disaggregation) {
        List<ComparatorChange> out = new ArrayList<>();
        query("select id, change, old_value, new_value, source, changed_by, changed_at from comparator_change "
                + "where measure_code = ? and comparator = ? and period = ? and disaggregation = ? order by id",
                List.of(measureCode, comparator.name(), period, disaggregation),
                r -> out.add(new ComparatorChange(r.getLong(1), r.getString(2), r.getBigDecimal(3), r.getBigDecimal(4),
                        r.getString(5), r.getString(6), r.getTimestamp(7).toInstant())));
        return out;
    }

    /** Stores checked figures of one measure and comparator in the caller's transaction, logging each change. */
    public ComparatorLoadSummary store(long measureId, String measureCode, Target.Comparator comparator, String source,
            List<CheckedValue> values, String who) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Stored> stored = stored(c, measureId, comparator, values);
            List<CheckedValue> changed = new ArrayList<>();
            int imported = 0;
            for (CheckedValue v : values) {
                Stored s = stored.get(v.period() + "|" + v.disaggregation());
                if (s == null) {
                    imported++;
                    changed.add(v);
                } else if (s.value().compareTo(v.value()) != 0 || !s.source().equals(source)) {
                    changed.add(v);
                }
            }
            upsert(c, measureId, comparator, source, changed, who);
            logChanges(c, measureCode, comparator, source, changed, stored, who);
            return new ComparatorLoadSummary(measureCode, comparator, source, values.size(), imported, changed.size() - imported,
                    values.size() - changed.size());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Stored> stored(Connection c, long measureId, Target.Comparator comparator, List<CheckedValue> values)
            throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        String sql = "select v.period, v.disaggregation, v.value, v.source from comparator_value v "
                + "join unnest(?::text[], ?::text[]) as k(period, disaggregation) "
                + "on v.period = k.period and v.disaggregation = k.disaggregation where v.measure_id = ? and v.comparator = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", values.stream().map(CheckedValue::period).toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("text", values.stream().map(CheckedValue::disaggregation).toArray(String[]::new)));
            s.setLong(3, measureId);
            s.setString(4, comparator.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1) + "|" + r.getString(2), new Stored(r.getBigDecimal(3), r.getString(4)));
                }
            }
        }
        return stored;
    }

    private static void upsert(Connection c, long measureId, Target.Comparator comparator, String source, List<CheckedValue> values,
            String who) throws SQLException {
        String sql = "insert into comparator_value (measure_id, comparator, period, period_start, disaggregation, value, source, "
                + "loaded_by, updated_at) values (?,?,?,?,?,?,?,?, now()) "
                + "on conflict (measure_id, comparator, period, disaggregation) do update set value = excluded.value, "
                + "source = excluded.source, loaded_by = excluded.loaded_by, updated_at = now()";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (CheckedValue v : values) {
                s.setLong(1, measureId);
                s.setString(2, comparator.name());
                s.setString(3, v.period());
                s.setDate(4, Date.valueOf(v.periodStart()));
                s.setString(5, v.disaggregation());
                s.setBigDecimal(6, v.value());
                s.setString(7, source);
                s.setString(8, who);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void logChanges(Connection c, String measureCode, Target.Comparator comparator, String source,
            List<CheckedValue> changed, Map<String, Stored> stored, String who) throws SQLException {
        String sql = "insert into comparator_change (measure_code, comparator, period, disaggregation, change, old_value, new_value, "
                + "source, changed_by) values (?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (CheckedValue v : changed) {
                Stored old = stored.get(v.period() + "|" + v.disaggregation());
                s.setString(1, measureCode);
                s.setString(2, comparator.name());
                s.setString(3, v.period());
                s.setString(4, v.disaggregation());
                s.setString(5, old == null ? "CREATED" : "UPDATED");
                s.setBigDecimal(6, old == null ? null : old.value());
                s.setBigDecimal(7, v.value());
                s.setString(8, source);
                s.setString(9, who);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
