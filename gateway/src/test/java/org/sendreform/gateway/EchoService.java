package org.sendreform.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server standing in for a service behind the gateway: it answers with what it received
 * (method, URI, the headers the gateway must pass on, body size), so tests see exactly what was forwarded.
 * The governance route points at a port where nothing listens, to test an unreachable service.
 * <p>
 * A path ending in {@value #CLOSES_KEPT_ALIVE} stands for a service closing a kept-alive connection just as a request
 * comes on it: on a connection that has carried a request before, the server reads the request whole and closes the
 * connection without answering ({@link #CLOSED_UNANSWERED} counts them); on a new connection it answers as usual. Each
 * answer says how many requests its connection has carried ({@code connectionRequests}).
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    public static final String CLOSES_KEPT_ALIVE = "/closes-kept-alive";
    /** Requests read whole and left unanswered, their kept-alive connection closed under them. */
    public static final AtomicInteger CLOSED_UNANSWERED = new AtomicInteger();

    private Vertx vertx;
    private final Map<HttpConnection, Integer> requestsOn = new HashMap<>(); // only the server's event loop uses it

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            // a service's request-line bound (the platform's quarkus.http.limits.max-initial-line-length)
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setMaxInitialLineLength(65536)).connectionHandler(connection -> {
                requestsOn.put(connection, 0);
                connection.closeHandler(v -> requestsOn.remove(connection));
            }).requestHandler(request -> {
                int onConnection = requestsOn.merge(request.connection(), 1, Integer::sum);
                if (request.path().endsWith(CLOSES_KEPT_ALIVE) && onConnection > 1) {
                    request.body().onComplete(read -> {
                        CLOSED_UNANSWERED.incrementAndGet();
                        request.connection().close();
                    });
                    return;
                }
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("Content-Type", "application/json")
                            .end(new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", "echo")).encode());
                    return;
                }
                if (request.path().equals("/q/health/ready")) {
                    request.response().end("{\"status\":\"UP\"}");
                    return;
                }
                if (request.path().endsWith("/slow")) {
                    vertx.setTimer(5_000, t -> request.response().end("{}"));
                    return;
                }
                request.body().onSuccess(body -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put("method", request.method().name())
                                .put("uri", request.uri())
                                .put("authorization", request.getHeader("Authorization"))
                                .put("requestId", request.getHeader("X-Request-Id"))
                                .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                                .put("traceparent", request.getHeader("traceparent"))
                                .put("bodyBytes", body.length())
                                .put("connectionRequests", onConnection)
                                .encode()));
            }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String url = "http://127.0.0.1:" + server.actualPort();
            return Map.of(
                    "gateway.routes.milestones.url", url,
                    "gateway.routes.metrics.url", url,
                    "gateway.routes.risk.url", url,
                    "gateway.routes.governance.url", "http://127.0.0.1:1");
        } catch (Exception e) {
            throw new IllegalStateException("echo service did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
