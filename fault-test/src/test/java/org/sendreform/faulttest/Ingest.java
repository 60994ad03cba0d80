package org.sendreform.faulttest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A large ingest through the gateway, as partner systems do it: a few clients in parallel, each posting its
 * submissions one after another and, when told to retry (503) or left without an answer, repeating the same
 * submission with the same Idempotency-Key after the Retry-After (or a second), until it is acknowledged.
 */
final class Ingest implements AutoCloseable {

    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final long firstOperation;

    /** Starts {@code submissions} submissions of {@code size} new values each, over {@code parallel} clients. */
    Ingest(String what, int submissions, int size, int parallel) {
        firstOperation = OperationLog.get().nextId();
        clients = Executors.newFixedThreadPool(parallel);
        for (int i = 0; i < submissions; i++) {
            int n = i + 1;
            running.add(clients.submit(() -> {
                var values = Values.next(size);
                String label = what + ": submission " + n + " of " + submissions + " (" + size + " values)";
                OperationLog.Operation op = OperationLog.get().submit(label, values, null);
                submitted.incrementAndGet();
                for (int attempt = 1; op.outcome() != OperationLog.Outcome.ACKNOWLEDGED; attempt++) {
                    if (op.outcome() == OperationLog.Outcome.REFUSED || attempt > 120) {
                        return; // the checks report it
                    }
                    Platform.pause(Duration.ofSeconds(op.retryAfter() != null ? Math.min(Long.parseLong(op.retryAfter()), 5) : 1));
                    op = OperationLog.get().submit(label + ", attempt " + (attempt + 1), values, op.idempotencyKey());
                }
                acknowledged.incrementAndGet();
            }));
        }
        clients.shutdown();
    }

    /** Blocks until this many submissions are acknowledged (so a fault lands mid-ingest), or all are done. */
    void awaitAcknowledged(int n, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (acknowledged.get() < n && !clients.isTerminated()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.get() + " submissions acknowledged within " + within.toSeconds() + " s");
            }
            Platform.pause(Duration.ofMillis(100));
        }
    }

    /** Waits for every submission (with its retries) to end; returns the operations it made. */
    List<OperationLog.Operation> finish(Duration within) throws Exception {
        if (!clients.awaitTermination(within.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the ingest did not finish within " + within.toSeconds() + " s (" + acknowledged.get()
                    + " acknowledged)");
        }
        for (Future<?> f : running) {
            f.get();
        }
        return OperationLog.get().since(firstOperation).stream()
                .filter(o -> !o.values().isEmpty() && o.values().keySet().iterator().next().startsWith("FAULT-")).toList();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}
