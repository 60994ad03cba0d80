package org.sendreform.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server standing in for a service behind the gateway: it answers with what it received
 * (method, URI, the headers the gateway must pass on, body size), so tests see exactly what was forwarded.
 * The governance route points at a port where nothing listens, to test an unreachable service.
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> {
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
