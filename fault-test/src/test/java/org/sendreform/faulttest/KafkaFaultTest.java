package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform's own Kafka broker killed (kill -9, then started again on the same data) and paused (SIGSTOP, then
 * SIGCONT) during a large ingest and during the event flow. Writes never depend on the broker (they go to the
 * outbox with the change), so every one is acknowledged; afterwards every event has had its effect exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaFaultTest {

    static final int KILLS = 2;
    static final int SUBMISSIONS = 10;
    static final int SIZE = 10_000;
    static final List<String> RISKS = List.of("R-01", "R-02", "R-03", "R-06", "R-07", "R-08", "R-09", "R-10");

    @BeforeAll
    static void measures() throws Exception {
        Values.loadMeasures();
    }

    @Test
    @Order(1)
    void killedDuringIngestAndTheEventFlow() throws Exception {
        String scenario = "Kafka killed (kill -9) during ingest and the event flow";
        long values = 0;
        Duration worst = Duration.ZERO;
        for (int round = 1; round <= KILLS; round++) {
            String what = scenario + ", round " + round;
            try (Ingest ingest = new Ingest(what, SUBMISSIONS, SIZE, 2)) {
                ingest.awaitAcknowledged(2, Duration.ofMinutes(2));
                Platform.control("kill", "kafka");
                // while the broker is gone: a measure goes off track (and back) and a risk is escalated
                EventFlow.toggleMeasure(what);
                EventFlow.toggleMeasure(what);
                assertNotNull(EventFlow.escalateOne(what, RISKS), "no risk could be escalated");
                Platform.pause(Duration.ofSeconds(3));
                Platform.control("start", "kafka");
                long ended = System.currentTimeMillis();
                EventFlow.toggleMeasure(what);
                Duration recovery = OperationLog.get().recovery(what, ended, Duration.ofSeconds(10));
                worst = recovery.compareTo(worst) > 0 ? recovery : worst;
                List<OperationLog.Operation> ops = ingest.finish(Duration.ofMinutes(4));
                EventFlow.assertAllAcknowledged(what, ops);
                values += ops.stream().mapToLong(o -> o.values().size()).sum();
            }
        }
        OperationLog.Check check = OperationLog.get().verify(scenario);
        String events = EventFlow.verify(scenario, Duration.ofSeconds(120));
        Report.line(scenario, String.format("%d times, each during an ingest of %,d values (%d submissions of %,d over 2 clients); "
                + "%,d values submitted in these rounds; all writes acknowledged; first write after restart within %.1f s. "
                + "Whole log: %s. Events: %s, each exactly once", KILLS, SUBMISSIONS * SIZE, SUBMISSIONS, SIZE, values,
                worst.toMillis() / 1000.0, check, events));
    }

    @Test
    @Order(2)
    void pausedDuringIngestAndTheEventFlow() throws Exception {
        String scenario = "Kafka paused (SIGSTOP 20 s, SIGCONT) during ingest and the event flow";
        List<OperationLog.Operation> ops;
        Duration recovery;
        try (Ingest ingest = new Ingest(scenario, SUBMISSIONS, SIZE, 2)) {
            ingest.awaitAcknowledged(2, Duration.ofMinutes(2));
            Platform.control("pause", "kafka");
            long paused = System.currentTimeMillis();
            EventFlow.toggleMeasure(scenario);
            EventFlow.toggleMeasure(scenario);
            assertNotNull(EventFlow.escalateOne(scenario, RISKS), "no risk could be escalated");
            Platform.pause(Duration.ofMillis(Math.max(0, 20_000 - (System.currentTimeMillis() - paused))));
            Platform.control("resume", "kafka");
            long ended = System.currentTimeMillis();
            EventFlow.toggleMeasure(scenario);
            recovery = OperationLog.get().recovery(scenario, ended, Duration.ofSeconds(10));
            ops = ingest.finish(Duration.ofMinutes(4));
        }
        EventFlow.assertAllAcknowledged(scenario, ops);
        OperationLog.Check check = OperationLog.get().verify(scenario);
        String events = EventFlow.verify(scenario, Duration.ofSeconds(120));
        Report.line(scenario, String.format("once, during an ingest of %,d values; all %d writes acknowledged; first write after "
                + "SIGCONT within %.1f s. Whole log: %s. Events: %s, each exactly once", SUBMISSIONS * SIZE, ops.size(),
                recovery.toMillis() / 1000.0, check, events));
    }
}
