package org.sendreform.faulttest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Distinct value keys for the suite's submissions, handed out in order so that every value the suite submits is
 * new and can be traced to the one operation that carried it: measures FAULT-01..FAULT-20 (monthly, owned by the
 * LA, the demo-la-send client's organisation) × 120 months × 500 settings = 1,200,000 keys.
 *
 * <p>The measures themselves are the one thing written to the database directly, as deploy/bench/fixtures.sql
 * does: the platform has no API to create measures (the plan's reference data, seeded by migrations).
 */
final class Values {

    static final int MEASURES = 20;
    static final int MONTHS = 120;
    static final int SETTINGS = 500;
    private static long next;

    private Values() {
    }

    static synchronized void loadMeasures() throws SQLException {
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into metrics.measure (code, name, unit, direction, kind, period_type, data_owners, disaggregations, target_text, source)
                    select 'FAULT-' || lpad(m::text, 2, '0'), 'Fault suite measure ' || m, 'COUNT', 'HIGHER_IS_BETTER', 'SUPPORTING', 'MONTH',
                           '{coventry-la-send}',
                           (select array_agg('setting-' || lpad(s::text, 4, '0') order by s) from generate_series(1, %d) s),
                           'fault suite fixture (fault-test)', 'fault-test Values'
                    from generate_series(1, %d) m
                    where not exists (select 1 from metrics.measure where code = 'FAULT-' || lpad(m::text, 2, '0'))
                    """.formatted(SETTINGS, MEASURES));
        }
    }

    /** The next n keys, each with a value of its own. */
    static synchronized Map<String, BigDecimal> next(int n) {
        if (next + n > (long) MEASURES * MONTHS * SETTINGS) {
            throw new IllegalStateException("out of fault suite keys");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (long k = next; k < next + n; k++) {
            long m = k / (MONTHS * SETTINGS);
            long r = k % (MONTHS * SETTINGS);
            long month = r / SETTINGS;
            long setting = r % SETTINGS;
            String key = String.format("FAULT-%02d|%d-%02d|setting-%04d", m + 1, 2000 + month / 12, month % 12 + 1, setting + 1);
            values.put(key, BigDecimal.valueOf((k * 7919) % 100_000)); // whole: the measures count
        }
        next += n;
        return values;
    }
}
