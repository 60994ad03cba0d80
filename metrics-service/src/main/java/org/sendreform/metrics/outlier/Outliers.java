package org.sendreform.metrics.outlier;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGStatement;

/**
 * Compares submitted values with the history of their measure and breakdown, and keeps the flags. History is
 * what is stored before each value's period together with the earlier periods of the same submission (a backfill
 * is judged against itself too), loaded for every submitted series in one query: this runs on the submission path,
 * which takes batches of 50,000 values.
 */
@ApplicationScoped
public class Outliers {

    private static final int BATCH = 1000;

    @Inject
    DataSource dataSource;

    /** A value as submitted, numbered by its row. */
    public record Candidate(int row, long measureId, String measureCode, String period, LocalDate periodStart,
            String disaggregation, BigDecimal value) {

        String series() {
            return measureId + "|" + disaggregation;
        }
    }

    /** Flags for the values in {@code toCheck}; {@code submitted} is every value the submission stores (its history). */
    public List<ValueFlag> find(List<Candidate> toCheck, List<Candidate> submitted) {
        if (toCheck.isEmpty()) {
            return List.of();
        }
        Map<String, NavigableMap<LocalDate, BigDecimal>> history = stored(toCheck);
        for (Candidate c : submitted) {
            NavigableMap<LocalDate, BigDecimal> series = history.get(c.series());
            if (series != null) {
                series.put(c.periodStart(), c.value());
            }
        }
        List<ValueFlag> flags = new ArrayList<>();
        for (Candidate c : toCheck) {
            List<BigDecimal> before = new ArrayList<>(OutlierRule.WINDOW);
            for (BigDecimal v : history.get(c.series()).headMap(c.periodStart(), false).descendingMap().values()) {
                if (before.size() == OutlierRule.WINDOW) {
                    break;
                }
                before.add(v);
            }
            OutlierRule.Finding f = OutlierRule.check(c.value(), before);
            if (f != null) {
                flags.add(new ValueFlag(null, c.row(), c.measureCode(), c.period(), c.disaggregation(), c.value(), f.median(),
                        f.score(), f.reason()));
            }
        }
        return flags;
    }

    /** Stores the flags of a submission in the caller's transaction; answers them with their ids. */
    public List<ValueFlag> store(UUID submission, String org, List<ValueFlag> flags) {
        if (flags.isEmpty()) {
            return flags;
        }
        String sql = "insert into value_flag (submission_id, row_number, measure_code, period, disaggregation, value, median, score, "
                + "reason, org) values (?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int n = 0;
            for (ValueFlag f : flags) {
                s.setObject(1, submission);
                s.setInt(2, f.row());
                s.setString(3, f.measureCode());
                s.setString(4, f.period());
                s.setString(5, f.disaggregation());
                s.setBigDecimal(6, f.value());
                s.setBigDecimal(7, f.median());
                s.setBigDecimal(8, f.score());
                s.setString(9, f.reason());
                s.setString(10, org);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ofSubmission(submission);
    }

    /** The flags a submission raised, in row order, as they were raised. */
    public List<ValueFlag> ofSubmission(UUID submission) {
        List<ValueFlag> flags = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, row_number, measure_code, period, disaggregation, value, median, score, reason from value_flag "
                        + "where submission_id = ? order by row_number")) {
            s.setObject(1, submission);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    flags.add(new ValueFlag(r.getLong(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getBigDecimal(6), r.getBigDecimal(7), r.getBigDecimal(8), r.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return flags;
    }

    /**
     * The stored values each checked value's window can draw on, in one query with one short index probe per series
     * (measure × breakdown, measure_value_history) rather than per value: for a series whose values to check start at
     * period p1 and end at pk, the {@link OutlierRule#WINDOW} stored periods before p1 and every stored period in
     * [p1, pk). A value's window among stored and submitted values together always lies within that and the
     * submission, so nothing older is needed and the cost does not grow with a series' older history.
     */
    private Map<String, NavigableMap<LocalDate, BigDecimal>> stored(List<Candidate> toCheck) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> history = new HashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Candidate c : toCheck) {
            history.computeIfAbsent(c.series(), k -> new TreeMap<>());
            spans.merge(c.series(), new Span(c.measureId(), c.disaggregation(), c.periodStart(), c.periodStart()), Span::widen);
        }
        Long[] ids = new Long[spans.size()];
        String[] breakdowns = new String[ids.length];
        Date[] firsts = new Date[ids.length];
        Date[] lasts = new Date[ids.length];
        int i = 0;
        for (Span span : spans.values()) {
            ids[i] = span.measureId();
            breakdowns[i] = span.disaggregation();
            firsts[i] = Date.valueOf(span.first());
            lasts[i++] = Date.valueOf(span.last());
        }
        String sql = "select k.measure_id, k.disaggregation, h.period_start, h.value "
                + "from unnest(?::bigint[], ?::text[], ?::date[], ?::date[]) as k(measure_id, disaggregation, first_start, last_start) "
                + "cross join lateral ((select v.period_start, v.value from measure_value v where v.measure_id = k.measure_id "
                + "and v.disaggregation = k.disaggregation and v.period_start < k.first_start "
                + "order by v.period_start desc limit " + OutlierRule.WINDOW + ") "
                + "union all (select v.period_start, v.value from measure_value v where v.measure_id = k.measure_id "
                + "and v.disaggregation = k.disaggregation and v.period_start >= k.first_start and v.period_start < k.last_start)) h";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            // planned for each submission, never from a cached generic plan: one made while the table was small (and, with no
            // statistics, every index looks alike) can keep using measure_value_series for the range, reading every breakdown
            // of the measure for each series, after the table has grown (seen in the benchmark: 15 s instead of 0.2 s)
            s.unwrap(PGStatement.class).setPrepareThreshold(0);
            s.setArray(1, c.createArrayOf("bigint", ids));
            s.setArray(2, c.createArrayOf("text", breakdowns));
            s.setArray(3, c.createArrayOf("date", firsts));
            s.setArray(4, c.createArrayOf("date", lasts));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    history.get(r.getLong(1) + "|" + r.getString(2)).put(r.getDate(3).toLocalDate(), r.getBigDecimal(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return history;
    }

    /** The first and last period start of one series' values to check. */
    private record Span(long measureId, String disaggregation, LocalDate first, LocalDate last) {

        Span widen(Span other) {
            return new Span(measureId, disaggregation, first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }
}
