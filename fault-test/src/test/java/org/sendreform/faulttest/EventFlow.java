package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event flow under faults: a submission that turns a measure off track (metrics-service) → a risk signal on
 * each linked risk (risk-service); a risk escalated (risk-service) → an escalation before the body (governance).
 * The checks count effects per event in PostgreSQL: every event each service published has had its effect
 * exactly once.
 */
final class EventFlow {

    static final String MEASURE = "EHCP-MAINSTREAM"; // R-04 is linked to it in the seed; baseline 39.3% (higher is better)
    static final String PERIOD = "AY2025-26";
    static final String STATUS_CHANGED = "org.sendreform.metrics.measure-status-changed.v1";
    static final String ESCALATED = "org.sendreform.risks.risk-escalated.v1";
    private static int toggles;

    private EventFlow() {
    }

    /** Moves the measure off track and back, alternately: each acknowledged submission changes its status. */
    static OperationLog.Operation toggleMeasure(String what) {
        String value = toggles++ % 2 == 0 ? "30" : "60";
        return OperationLog.get().submit(what + ": " + MEASURE + " to " + value,
                Map.of(MEASURE + "|" + PERIOD + "|all", new BigDecimal(value)), null);
    }

    /** Escalates the first of these risks that can still go up the route; returns its code, or null. */
    static String escalateOne(String what, List<String> candidates) throws Exception {
        for (String risk : candidates) {
            HttpResponse<String> current = Platform.HTTP.send(Platform.request(Platform.user("rdg.member"), "/api/v1/risks/" + risk)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() != 200 || current.body().contains("\"owningBody\":\"board\"")) {
                continue;
            }
            String etag = current.headers().firstValue("ETag").orElseThrow();
            OperationLog.Operation op = OperationLog.get().send(what + ": escalate " + risk,
                    Platform.request(Platform.user("programme.manager"), "/api/v1/risks/" + risk + "/escalations")
                            .header("Content-Type", "application/json").header("If-Match", etag)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"rationale\":\"fault suite: " + what + "\"}")).build());
            if (op.outcome() == OperationLog.Outcome.ACKNOWLEDGED) {
                return risk;
            }
        }
        return null;
    }

    /**
     * Waits until every event metrics-service and risk-service recorded is published and has had its effect, then
     * checks (again after a pause in which anything doubled would arrive) that each had it exactly once.
     */
    static String verify(String scenario, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        List<String> problems = problems();
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            Platform.pause(Duration.ofSeconds(1));
            problems = problems();
        }
        assertEquals(List.of(), problems, scenario + ": events without their effect within " + within.toSeconds() + " s");
        Platform.pause(Duration.ofSeconds(5));
        assertEquals(List.of(), problems(), scenario + ": events with more than one effect");
        try (Connection c = Platform.database(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select (select count(*) from metrics.outbox_event where type = '" + STATUS_CHANGED + "'), "
                        + "(select count(*) from risks.risk_signal where source = 'metrics-service'), "
                        + "(select count(*) from risks.outbox_event where type = '" + ESCALATED + "'), "
                        + "(select count(*) from governance.escalation where source = 'RISK')")) {
            r.next();
            return String.format("%d measure status events → %d risk signals, %d risk escalations → %d governance escalations",
                    r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
    }

    /** Events not yet published, or whose effect is missing or doubled. */
    static List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            for (String schema : List.of("metrics", "risks")) {
                try (ResultSet r = s.executeQuery("select count(*) from " + schema + ".outbox_event where published_at is null")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        problems.add(schema + ": " + r.getLong(1) + " events not yet published");
                    }
                }
            }
            // each status change taken once by risk-service; one that worsens the status (risk-service's rule:
            // ON_TRACK < AT_RISK < OFF_TRACK) is one signal on every risk linked to the measure
            try (ResultSet r = s.executeQuery("""
                    with e as (
                      select event_id, payload->>'measureCode' code,
                             case payload->>'newStatus' when 'ON_TRACK' then 0 when 'AT_RISK' then 1 when 'OFF_TRACK' then 2 else -1 end now,
                             case payload->>'oldStatus' when 'ON_TRACK' then 0 when 'AT_RISK' then 1 when 'OFF_TRACK' then 2 else -1 end was
                      from metrics.outbox_event where type = '%s')
                    select e.event_id, e.code,
                           (select count(*) from risks.risk_signal g where g.event_id = e.event_id),
                           case when e.now > 0 and e.now > e.was then
                             (select count(*) from risks.risk_link l where l.kind = 'MEASURE' and l.target_code = e.code) else 0 end,
                           exists (select 1 from risks.inbox_event i where i.event_id = e.event_id)
                    from e""".formatted(STATUS_CHANGED))) {
                while (r.next()) {
                    if (!r.getBoolean(5)) {
                        problems.add("status event " + r.getString(1) + " of " + r.getString(2) + " not taken by risk-service");
                    } else if (r.getLong(3) != r.getLong(4)) {
                        problems.add("status event " + r.getString(1) + " of " + r.getString(2) + ": " + r.getLong(3)
                                + " signals, " + r.getLong(4) + " expected");
                    }
                }
            }
            // each risk escalated: one escalation before the body it moved to
            try (ResultSet r = s.executeQuery("""
                    select e.code, e.events, (select count(*) from governance.escalation g where g.source = 'RISK' and g.risk_code = e.code)
                    from (select payload->>'riskCode' code, count(*) events from risks.outbox_event where type = '%s' group by 1) e
                    """.formatted(ESCALATED))) {
                while (r.next()) {
                    if (r.getLong(2) != r.getLong(3)) {
                        problems.add("risk " + r.getString(1) + ": escalated " + r.getLong(2) + " times, " + r.getLong(3)
                                + " escalations in governance");
                    }
                }
            }
        }
        return problems;
    }

    /** Every FAULT value submission acknowledged in the log, as a sanity check of a scenario's load. */
    static void assertAllAcknowledged(String scenario, List<OperationLog.Operation> ops) {
        List<OperationLog.Operation> failed = ops.stream().filter(o -> o.outcome() != OperationLog.Outcome.ACKNOWLEDGED).toList();
        assertTrue(failed.isEmpty(), scenario + ": writes must succeed while only Kafka is down (outbox), but "
                + failed.size() + " did not, e.g. " + (failed.isEmpty() ? "" : failed.get(0).status() + " " + failed.get(0).detail()));
    }
}
