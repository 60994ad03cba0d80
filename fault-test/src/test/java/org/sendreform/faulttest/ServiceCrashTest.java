package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A service killed (kill -9) in the middle of a large submission, and in the middle of relaying its outbox (rows
 * committed, not yet published), then started again: the submission is all or nothing and a retry with its
 * Idempotency-Key stores it once; the outbox relays what was committed, and the consumers' inboxes take each
 * event once however often it is delivered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceCrashTest {

    static final int LARGE = 50_000;

    @BeforeAll
    static void measures() throws Exception {
        Values.loadMeasures();
    }

    @Test
    @Order(1)
    void metricsServiceKilledMidSubmission() throws Exception {
        String scenario = "metrics-service killed (kill -9) mid-request, during a submission of " + String.format("%,d", LARGE) + " values";
        var values = Values.next(LARGE);
        CompletableFuture<OperationLog.Operation> large = CompletableFuture.supplyAsync(
                () -> OperationLog.get().submit(scenario, values, null));
        Platform.pause(Duration.ofMillis(1500)); // the body is in, the service is checking and writing
        Platform.control("kill", "metrics-service");
        OperationLog.Operation cut = large.get();
        Platform.control("start", "metrics-service");
        long ended = System.currentTimeMillis();
        Duration recovery = OperationLog.get().recovery(scenario, ended, Duration.ofSeconds(10));
        OperationLog.Check before = OperationLog.get().verify(scenario + ", before the retry"); // all or nothing
        OperationLog.get().retryUncertain(List.of(cut));
        OperationLog.Check check = OperationLog.get().verify(scenario);
        Report.line(scenario, String.format("once; the cut request answered %d (%s) and left %s; its retry with the same "
                + "Idempotency-Key was acknowledged; first write after the restart within %.1f s. Whole log: %s", cut.status(),
                cut.outcome(), before.halfWritten() == 0 ? "nothing half-written" : before.halfWritten() + " half-written",
                recovery.toMillis() / 1000.0, check));
    }

    @Test
    @Order(2)
    void servicesKilledWithOutboxRowsPending() throws Exception {
        String scenario = "metrics-service and risk-service killed (kill -9) with outbox rows pending, then restarted";
        // events are committed to the outboxes while the broker is away, so they wait there unpublished
        Platform.control("kill", "kafka");
        try {
            EventFlow.toggleMeasure(scenario);
            EventFlow.toggleMeasure(scenario);
            EventFlow.toggleMeasure(scenario);
            assertNotNull(EventFlow.escalateOne(scenario, KafkaFaultTest.RISKS), "no risk could be escalated");
            long pending = pending();
            assertNotEquals(0, pending, "the outboxes should hold unpublished events while Kafka is down");
            Platform.control("kill", "metrics-service");
            Platform.control("kill", "risk-service");
            Platform.control("start", "kafka");
            Platform.control("start", "metrics-service");
            Platform.control("start", "risk-service");
            String events = EventFlow.verify(scenario, Duration.ofSeconds(120));
            assertEquals(0, pending(), scenario + ": outbox rows still pending");
            Report.line(scenario, String.format("once, with %d events pending in the two outboxes; after the restart every one "
                    + "was relayed and had its effect once. Events: %s", pending, events));
        } finally {
            if (!kafkaUp()) {
                Platform.control("start", "kafka");
            }
        }
    }

    static long pending() throws Exception {
        try (Connection c = Platform.database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select (select count(*) from metrics.outbox_event where published_at is null) "
                        + "+ (select count(*) from risks.outbox_event where published_at is null)")) {
            r.next();
            return r.getLong(1);
        }
    }

    static boolean kafkaUp() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", Platform.KAFKA_PORT), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

}
