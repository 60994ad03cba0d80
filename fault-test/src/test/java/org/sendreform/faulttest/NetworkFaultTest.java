package org.sendreform.faulttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Network faults between a service and PostgreSQL: one extra metrics-service instance, started from its built
 * quarkus-app with its JDBC URL pointing at a {@link FaultyLink} in front of the platform's PostgreSQL (its outbox
 * relay off, so it only serves requests), takes submissions directly while the link adds latency, resets every
 * connection, and swallows everything (black hole). Writes are acknowledged or told to retry (503 with
 * Retry-After) within seconds, never half-written, and succeed again within 10 s of the link healing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFaultTest {

    static final int PORT = Integer.getInteger("send.extra.port", 29085);
    static final String BASE = "http://127.0.0.1:" + PORT;
    static FaultyLink link;
    static Process metrics;

    @BeforeAll
    static void startAMetricsServiceBehindTheLink() throws Exception {
        Values.loadMeasures();
        URI pg = URI.create(Platform.PG_URL.substring("jdbc:".length()));
        link = new FaultyLink(pg.getPort());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                Platform.ROOT.resolve("metrics-service/target/quarkus-app/quarkus-run.jar").toString());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(PORT));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + link.port() + pg.getPath());
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + Platform.KAFKA_PORT);
        pb.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", Platform.KEYCLOAK + "/realms/send-reform");
        pb.environment().put("SEND_OUTBOX_ENABLED", "false");
        pb.redirectErrorStream(true).redirectOutput(Path.of("target/metrics-behind-faulty-link.log").toFile());
        metrics = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!ready()) {
            assertTrue(metrics.isAlive(), "the extra metrics-service ended (target/metrics-behind-faulty-link.log)");
            assertTrue(System.nanoTime() < deadline, "the extra metrics-service was not ready within 180 s");
            Platform.pause(Duration.ofMillis(500));
        }
    }

    static boolean ready() {
        try {
            return Platform.HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (metrics != null) {
            metrics.destroy();
            if (!metrics.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                metrics.destroyForcibly();
            }
        }
        if (link != null) {
            link.close();
        }
    }

    @Test
    @Order(1)
    void latencyOnTheDatabaseLinkSlowsWritesButLosesNothing() throws Exception {
        String scenario = "Network: 100 ms latency on every chunk between metrics-service and PostgreSQL";
        link.latency(100);
        OperationLog.Operation op;
        try {
            op = OperationLog.get().submit(BASE, scenario, Values.next(2_000), null);
        } finally {
            link.heal();
        }
        assertEquals(OperationLog.Outcome.ACKNOWLEDGED, op.outcome(), scenario + ": " + op.status() + " " + op.detail());
        OperationLog.Check check = OperationLog.get().verify(scenario);
        Report.line(scenario, String.format("a submission of 2,000 values acknowledged in %.1f s. Whole log: %s", op.tookMillis() / 1000.0, check));
    }

    @Test
    @Order(2)
    void connectionsResetMidSubmission() throws Exception {
        String scenario = "Network: every database connection of metrics-service reset (RST) mid-submission";
        int resets = 3;
        int retried = 0;
        Duration worst = Duration.ZERO;
        for (int i = 0; i < resets; i++) {
            var values = Values.next(10_000);
            CompletableFuture<OperationLog.Operation> large = CompletableFuture.supplyAsync(
                    () -> OperationLog.get().submit(BASE, scenario, values, null));
            Platform.pause(Duration.ofMillis(400));
            link.resetAll();
            long ended = System.currentTimeMillis();
            OperationLog.Operation op = large.get();
            assertTrue(op.outcome() == OperationLog.Outcome.ACKNOWLEDGED || op.outcome() == OperationLog.Outcome.RETRY,
                    scenario + ": answered " + op.status() + " " + op.detail());
            if (op.outcome() == OperationLog.Outcome.RETRY) {
                retried++;
            }
            Duration recovery = OperationLog.get().recovery(BASE, scenario, ended, Duration.ofSeconds(10));
            worst = recovery.compareTo(worst) > 0 ? recovery : worst;
            OperationLog.get().retryUncertain(java.util.List.of(op));
        }
        OperationLog.Check check = OperationLog.get().verify(scenario);
        Report.line(scenario, String.format("%d times, each during a submission of 10,000 values: %d told to retry (503 with "
                + "Retry-After), the rest acknowledged, none 500; first write after the reset within %.1f s. Whole log: %s",
                resets, retried, worst.toMillis() / 1000.0, check));
    }

    @Test
    @Order(3)
    void aBlackHoleIsAnsweredWithinSecondsAndHeals() throws Exception {
        String scenario = "Network: the link between metrics-service and PostgreSQL a black hole for 20 s";
        link.blackHole(true);
        long started = System.currentTimeMillis();
        OperationLog.Operation during;
        try {
            during = OperationLog.get().submit(BASE, scenario + ": during", Values.next(10), null);
            Platform.pause(Duration.ofMillis(Math.max(0, 20_000 - (System.currentTimeMillis() - started))));
        } finally {
            link.heal();
        }
        long ended = System.currentTimeMillis();
        assertEquals(OperationLog.Outcome.RETRY, during.outcome(), scenario + ": " + during.status() + " " + during.detail());
        assertTrue(during.tookMillis() < 16_000, scenario + ": answered only after " + during.tookMillis() + " ms");
        Duration recovery = OperationLog.get().recovery(BASE, scenario, ended, Duration.ofSeconds(10));
        OperationLog.get().retryUncertain(java.util.List.of(during));
        OperationLog.Check check = OperationLog.get().verify(scenario);
        Report.line(scenario, String.format("once: a write during it answered 503 with Retry-After after %.1f s; first write "
                + "after the link healed within %.1f s. Whole log: %s", during.tookMillis() / 1000.0, recovery.toMillis() / 1000.0, check));
    }
}
