package org.sendreform.faulttest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running platform as deploy/fault-test/run starts it: the gateway, tokens from the real Keycloak realm,
 * the platform's own PostgreSQL (read directly to check what was stored) and deploy/local/up's fault control
 * (requests in $SEND_HOME/run/requests and a ring of run/doorbell, answered by up: kill -9, stop, start again,
 * pause, resume a part).
 */
final class Platform {

    static final String GATEWAY = System.getProperty("send.gateway", "http://localhost:29080");
    static final String KEYCLOAK = System.getProperty("send.keycloak", "http://localhost:29280");
    static final String PG_URL = System.getProperty("send.pg.url", "jdbc:postgresql://127.0.0.1:29432/sendreform_fault_test");
    static final int KAFKA_PORT = Integer.getInteger("send.kafka.port", 30092);
    static final Path HOME = Path.of(System.getProperty("send.home", ".local-platform/fault-test"));
    static final Path ROOT = Path.of(System.getProperty("send.root", ".."));
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Long enough for a 10,000-value submission on a slow machine; a request past it counts as timed out. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final String TOKEN_URL = KEYCLOAK + "/realms/send-reform/protocol/openid-connect/token";
    /** The realm's access tokens live 300 s: fetch a new one well before. */
    private static final Duration TOKEN_USE = Duration.ofSeconds(200);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicLong REQUESTS = new AtomicLong();

    private Platform() {
    }

    /** A machine client's token (client credentials; the demo realm's secret is "<client>-secret"). */
    static String client(String clientId) {
        return cached("client:" + clientId, () -> token(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", clientId + "-secret")));
    }

    /** A person's token (the demo realm's users, password "demo", through the public client send-reform-cli). */
    static String user(String username) {
        return cached("user:" + username, () -> token(Map.of("grant_type", "password",
                "client_id", "send-reform-cli", "username", username, "password", "demo")));
    }

    private record Token(String value, long fetchedNanos) {
    }

    private static String cached(String who, java.util.function.Supplier<String> fetch) {
        return TOKENS.compute(who, (k, t) -> t != null && System.nanoTime() - t.fetchedNanos() < TOKEN_USE.toNanos() ? t
                : new Token(fetch.get(), System.nanoTime())).value();
    }

    private static String token(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + ": " + r.body());
            }
            return JSON.readTree(r.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("no token from " + TOKEN_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request through the gateway; the caller sends it and decides what its answer means. */
    static HttpRequest.Builder request(String token, String path) {
        return request(GATEWAY, token, path);
    }

    /** A request to another base URL (a service's own port). */
    static HttpRequest.Builder request(String base, String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** GET through the gateway that must answer 200: the JSON body. */
    static JsonNode get(String token, String path) {
        try {
            HttpResponse<String> r = HTTP.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The platform's database, for checking what was stored (never for writing what the API should write). */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(PG_URL, "postgres", "");
    }

    /**
     * Asks deploy/local/up to kill -9, start again, pause or resume one part (postgres, kafka, a service, gateway)
     * and waits for its answer; "start" is answered once the part is ready again.
     */
    static void control(String action, String part) {
        Path requests = HOME.resolve("run/requests");
        String id = ProcessHandle.current().pid() + "-" + REQUESTS.incrementAndGet();
        Path request = requests.resolve(id + ".req");
        Path done = requests.resolve(id + ".done");
        try {
            Path tmp = requests.resolve(id + ".tmp");
            Files.writeString(tmp, action + " " + part + "\n");
            Files.move(tmp, request);
            ring(requests.resolve("../doorbell").normalize());
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("deploy/local/up did not answer '" + action + " " + part + "' within 240 s");
                }
                Thread.sleep(200);
            }
            String answer = Files.readString(done).trim();
            if (!answer.equals("ok")) {
                throw new IllegalStateException(action + " " + part + ": " + answer);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not ask deploy/local/up to " + action + " " + part, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Wakes up's wait loop: one line into its doorbell fifo. Opening a fifo blocks until up listens (it does
     * between requests), so the write runs apart, with a limit.
     */
    private static void ring(Path doorbell) throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<Void> rung = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(doorbell, "ring\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            rung.get(240, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not ring " + doorbell, e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("deploy/local/up does not listen at " + doorbell + " (is it running?)");
        }
    }

    /** The pid deploy/local/up recorded for a part (for a service: its JVM). */
    static long pid(String part) throws IOException {
        return Long.parseLong(Files.readString(HOME.resolve("run/" + part + ".pid")).trim());
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
