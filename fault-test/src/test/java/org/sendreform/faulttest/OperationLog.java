package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every client operation the suite makes, with what it submitted and what the platform answered, and the checks
 * that compare the log with what PostgreSQL holds afterwards: acknowledged ⊆ stored ⊆ acknowledged ∪ uncertain,
 * refused ∩ stored = ∅, every value stored once, every submission all or nothing. One log for the whole run:
 * each scenario's check also covers the values of the scenarios before it. Written to target/operations.jsonl.
 */
final class OperationLog {

    enum Outcome {
        /** 2xx: the platform said it stored the values */
        ACKNOWLEDGED,
        /** 4xx: the platform said it stored nothing */
        REFUSED,
        /** 503 with Retry-After: stored nothing, try again */
        RETRY,
        /** another 5xx, a timeout or a broken connection: the client cannot know */
        UNKNOWN
    }

    /** One value key, "MEASURE|period|disaggregation", and the value submitted for it. */
    record Operation(long id, String what, String idempotencyKey, Map<String, BigDecimal> values, Outcome outcome, int status,
            String retryAfter, long startedMillis, long tookMillis, String detail) {
    }

    private static final Path FILE = Path.of("target/operations.jsonl");
    private static final OperationLog LOG = new OperationLog();
    private final List<Operation> operations = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    static OperationLog get() {
        return LOG;
    }

    /**
     * POSTs a submission of these values through the gateway as the LA's partner system and logs the answer.
     * The Idempotency-Key makes a retry of the same operation safe; pass the key of the one it retries.
     */
    Operation submit(String what, Map<String, BigDecimal> values, String idempotencyKey) {
        return submit(Platform.GATEWAY, what, values, idempotencyKey);
    }

    /** The same, to another base URL: a service instance of the suite's own, past the gateway. */
    Operation submit(String base, String what, Map<String, BigDecimal> values, String idempotencyKey) {
        long id = ids.incrementAndGet();
        String key = idempotencyKey != null ? idempotencyKey : "fault-" + ProcessHandle.current().pid() + "-" + id;
        StringBuilder body = new StringBuilder(values.size() * 80).append("{\"values\":[");
        values.forEach((k, v) -> {
            String[] part = k.split("\\|");
            body.append(body.charAt(body.length() - 1) == '[' ? "" : ",").append("{\"measureCode\":\"").append(part[0])
                    .append("\",\"period\":\"").append(part[1]).append("\",\"disaggregation\":\"").append(part[2])
                    .append("\",\"value\":").append(v.toPlainString()).append('}');
        });
        body.append("]}");
        HttpRequest request = Platform.request(base, Platform.client("demo-la-send"), "/api/v1/submissions")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return send(id, what, key, values, request);
    }

    /** Sends any write and logs its answer (values: none, or what it submitted). */
    Operation send(String what, HttpRequest request) {
        return send(ids.incrementAndGet(), what, null, Map.of(), request);
    }

    private Operation send(long id, String what, String key, Map<String, BigDecimal> values, HttpRequest request) {
        long started = System.currentTimeMillis();
        Outcome outcome;
        int status = 0;
        String retryAfter = null;
        String detail = "";
        try {
            HttpResponse<String> r = Platform.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            outcome = status < 300 ? Outcome.ACKNOWLEDGED
                    : status < 500 ? Outcome.REFUSED
                    : status == 503 && retryAfter != null ? Outcome.RETRY : Outcome.UNKNOWN;
            if (outcome != Outcome.ACKNOWLEDGED) {
                detail = r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
            }
        } catch (HttpTimeoutException e) {
            outcome = Outcome.UNKNOWN;
            detail = "timed out after " + Platform.REQUEST_TIMEOUT.toSeconds() + " s";
        } catch (IOException e) {
            outcome = Outcome.UNKNOWN;
            detail = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Operation op = new Operation(id, what, key, values, outcome, status, retryAfter, started,
                System.currentTimeMillis() - started, detail);
        record(op);
        return op;
    }

    private synchronized void record(Operation op) {
        operations.add(op);
        try {
            Files.createDirectories(FILE.getParent());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", op.id());
            line.put("what", op.what());
            line.put("idempotencyKey", op.idempotencyKey());
            line.put("outcome", op.outcome());
            line.put("status", op.status());
            line.put("retryAfter", op.retryAfter());
            line.put("startedMillis", op.startedMillis());
            line.put("tookMillis", op.tookMillis());
            line.put("values", op.values().size());
            line.put("firstValue", op.values().keySet().stream().findFirst().orElse(null));
            line.put("detail", op.detail());
            Files.writeString(FILE, Platform.JSON.writeValueAsString(line) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + FILE, e);
        }
    }

    synchronized List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operations logged since (and including) this id. */
    List<Operation> since(long firstId) {
        return operations().stream().filter(o -> o.id() >= firstId).toList();
    }

    long nextId() {
        return ids.get() + 1;
    }

    /**
     * Submits one fresh value every 250 ms until one is acknowledged; fails when that takes longer than the limit.
     * Returns how long it took from {@code faultEnded} (System.currentTimeMillis) to the first acknowledgement.
     */
    Duration recovery(String what, long faultEnded, Duration limit) {
        return recovery(Platform.GATEWAY, what, faultEnded, limit);
    }

    Duration recovery(String base, String what, long faultEnded, Duration limit) {
        while (true) {
            Operation op = submit(base, what + ": recovery probe", Values.next(1), null);
            long since = System.currentTimeMillis() - faultEnded;
            if (op.outcome() == Outcome.ACKNOWLEDGED) {
                return Duration.ofMillis(since);
            }
            assertTrue(since < limit.toMillis(), what + ": no write succeeded within " + limit.toSeconds()
                    + " s of the fault ending; last answer " + op.status() + " " + op.detail());
            Platform.pause(Duration.ofMillis(250));
        }
    }

    /**
     * Repeats each operation whose outcome the client could not know (or was told to retry), with its own
     * Idempotency-Key, until acknowledged: what a well-behaved client does after a fault.
     */
    void retryUncertain(List<Operation> ops) {
        for (Operation op : ops) {
            if (op.outcome() == Outcome.RETRY || op.outcome() == Outcome.UNKNOWN) {
                Operation again = op;
                for (int attempt = 0; again.outcome() != Outcome.ACKNOWLEDGED; attempt++) {
                    assertTrue(attempt < 20, "retry of operation " + op.id() + " still not acknowledged: " + again.status() + " " + again.detail());
                    if (attempt > 0) {
                        Platform.pause(Duration.ofSeconds(1));
                    }
                    again = submit("retry of " + op.id() + " (" + op.what() + ")", op.values(), op.idempotencyKey());
                }
            }
        }
    }

    /** What the check found, for the scenario's report line. */
    record Check(int operations, int acknowledged, int refused, int retry, int unknown, long valuesAcknowledged,
            long valuesStored, long lost, long duplicated, long strays, long refusedStored, long halfWritten) {

        @Override
        public String toString() {
            return String.format("%d operations (%d acknowledged, %d refused, %d told to retry, %d unknown); %,d values acknowledged, "
                    + "%,d stored: %d lost, %d duplicated, %d stored unasked, %d refused but stored, %d half-written",
                    operations, acknowledged, refused, retry, unknown, valuesAcknowledged, valuesStored, lost, duplicated, strays,
                    refusedStored, halfWritten);
        }
    }

    /** Compares the whole log with the FAULT-* values PostgreSQL holds; fails on any broken promise. */
    Check verify(String scenario) throws SQLException {
        List<Operation> ops = operations();
        Map<String, BigDecimal> stored = new HashMap<>();
        long duplicated;
        try (Connection c = Platform.database(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select m.code, v.period, v.disaggregation, v.value from metrics.measure_value v "
                    + "join metrics.measure m on m.id = v.measure_id where m.code like 'FAULT-%'")) {
                while (r.next()) {
                    stored.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3), r.getBigDecimal(4));
                }
            }
            try (ResultSet r = s.executeQuery("select count(*) from (select 1 from metrics.value_change where measure_code like 'FAULT-%' "
                    + "group by measure_code, period, disaggregation having count(*) > 1) twice")) {
                r.next();
                duplicated = r.getLong(1);
            }
        }
        Set<String> acknowledged = new HashSet<>();
        Set<String> uncertain = new HashSet<>();
        Set<String> refused = new HashSet<>();
        int[] counts = new int[Outcome.values().length];
        long valuesAcknowledged = 0;
        long lost = 0;
        long halfWritten = 0;
        List<String> problems = new ArrayList<>();
        for (Operation op : ops) {
            if (op.values().isEmpty() || !op.values().keySet().iterator().next().startsWith("FAULT-")) {
                continue; // not a fault suite value: the event checks cover it
            }
            counts[op.outcome().ordinal()]++;
            switch (op.outcome()) {
                case ACKNOWLEDGED -> {
                    acknowledged.addAll(op.values().keySet());
                    valuesAcknowledged += op.values().size();
                    for (Map.Entry<String, BigDecimal> v : op.values().entrySet()) {
                        BigDecimal got = stored.get(v.getKey());
                        if (got == null || got.compareTo(v.getValue()) != 0) {
                            lost++;
                            if (problems.size() < 10) {
                                problems.add("op " + op.id() + " acknowledged " + v + " but stored " + got);
                            }
                        }
                    }
                }
                case REFUSED -> refused.addAll(op.values().keySet());
                default -> uncertain.addAll(op.values().keySet());
            }
            long present = op.values().keySet().stream().filter(stored::containsKey).count();
            if (present != 0 && present != op.values().size()) {
                halfWritten++;
                problems.add("op " + op.id() + " (" + op.outcome() + ") has " + present + " of its " + op.values().size() + " values stored");
            }
        }
        long strays = stored.keySet().stream().filter(k -> !acknowledged.contains(k) && !uncertain.contains(k)).count();
        long refusedStored = refused.stream().filter(k -> stored.containsKey(k) && !acknowledged.contains(k) && !uncertain.contains(k)).count();
        Check check = new Check(counts[0] + counts[1] + counts[2] + counts[3], counts[0], counts[1], counts[2], counts[3], valuesAcknowledged, stored.size(), lost,
                duplicated, strays, refusedStored, halfWritten);
        assertEquals(List.of(), problems, scenario + ": " + check);
        assertEquals(0, lost, scenario + ": acknowledged values lost: " + check);
        assertEquals(0, duplicated, scenario + ": values stored more than once: " + check);
        assertEquals(0, strays, scenario + ": values stored that no operation submitted: " + check);
        assertEquals(0, refusedStored, scenario + ": refused values stored: " + check);
        return check;
    }
}
