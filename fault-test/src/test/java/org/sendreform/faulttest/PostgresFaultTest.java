package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform's own (embedded) PostgreSQL killed (kill -9 of the postmaster, then started again on the same data
 * directory, which it recovers from its WAL) and paused (SIGSTOP of the postmaster and its backends for 20 s)
 * during a large ingest. While it cannot be reached the API answers 503 problem+json with Retry-After; nothing is
 * half-written; a write succeeds again within 10 s of the fault ending.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresFaultTest {

    static final int SUBMISSIONS = 10;
    static final int SIZE = 10_000;

    @BeforeAll
    static void measures() throws Exception {
        Values.loadMeasures();
    }

    @Test
    @Order(1)
    void killedDuringIngest() throws Exception {
        duringIngest("PostgreSQL killed (kill -9 of the postmaster) during ingest", scenario -> {
            Platform.control("kill", "postgres");
            OperationLog.Operation during = OperationLog.get().submit(scenario + ": while down", Values.next(10), null);
            Platform.control("start", "postgres");
            return during;
        });
    }

    @Test
    @Order(2)
    void pausedDuringIngest() throws Exception {
        duringIngest("PostgreSQL paused (SIGSTOP of the postmaster and its backends, 20 s) during ingest", scenario -> {
            Platform.control("pause", "postgres");
            long paused = System.currentTimeMillis();
            OperationLog.Operation during = OperationLog.get().submit(scenario + ": while paused", Values.next(10), null);
            long answeredAfter = System.currentTimeMillis() - paused;
            assertTrue(answeredAfter < 16_000, scenario + ": a write while the database is paused must be answered within "
                    + "seconds (datasource timeouts), but took " + answeredAfter + " ms");
            Platform.pause(Duration.ofMillis(Math.max(0, 20_000 - (System.currentTimeMillis() - paused))));
            Platform.control("resume", "postgres");
            return during;
        });
    }

    /** A fault, injected mid-ingest: returns the write it made while the database was unreachable. */
    interface Fault {
        OperationLog.Operation inject(String scenario) throws Exception;
    }

    /** Runs the fault during an ingest, then checks the answers, the recovery and the stored values. */
    static void duringIngest(String scenario, Fault fault) throws Exception {
        List<OperationLog.Operation> ops;
        OperationLog.Operation during;
        Duration recovery;
        try (Ingest ingest = new Ingest(scenario, SUBMISSIONS, SIZE, 2)) {
            ingest.awaitAcknowledged(2, Duration.ofMinutes(2));
            during = fault.inject(scenario);
            long ended = System.currentTimeMillis();
            recovery = OperationLog.get().recovery(scenario, ended, Duration.ofSeconds(10));
            ops = ingest.finish(Duration.ofMinutes(4));
        }
        assertToldToRetry(scenario, during, ops);
        OperationLog.get().retryUncertain(List.of(during));
        OperationLog.Check check = OperationLog.get().verify(scenario);
        long retried = ops.stream().filter(o -> o.outcome() == OperationLog.Outcome.RETRY).count();
        Report.line(scenario, String.format("once, during an ingest of %,d values (%d submissions of %,d over 2 clients, retrying "
                + "with their Idempotency-Key when told to); %d answers were 503 with Retry-After, none 500 or unanswered; first "
                + "write after the fault ended within %.1f s. Whole log: %s", SUBMISSIONS * SIZE, SUBMISSIONS, SIZE, retried,
                recovery.toMillis() / 1000.0, check));
    }

    /** Every write that did not succeed during the fault was told to retry: 503 problem+json with Retry-After. */
    static void assertToldToRetry(String scenario, OperationLog.Operation during, List<OperationLog.Operation> ops) {
        assertEquals(OperationLog.Outcome.RETRY, during.outcome(), scenario + ": a write while the database is unreachable must "
                + "answer 503 with Retry-After, but answered " + during.status() + " " + during.detail());
        assertTrue(during.detail().contains("\"status\":503"), scenario + ": the 503 is a problem document: " + during.detail());
        List<String> other = ops.stream()
                .filter(o -> o.outcome() != OperationLog.Outcome.ACKNOWLEDGED && o.outcome() != OperationLog.Outcome.RETRY)
                .map(o -> "operation " + o.id() + " (" + o.what() + "): " + o.status() + " " + o.detail()).toList();
        assertEquals(List.of(), other, scenario + ": writes that were neither stored nor told to retry");
    }
}
