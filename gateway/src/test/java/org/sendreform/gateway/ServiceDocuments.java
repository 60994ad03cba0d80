package org.sendreform.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * Serves each service's real OpenAPI document, as stored by its build (target/openapi/openapi.json), on a
 * port of its own, so the gateway merges the documents the services really publish. The reactor builds the
 * services before the gateway; run the gateway's tests through the full build (./mvnw verify).
 */
public class ServiceDocuments implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("milestones", "metrics", "risk", "governance");
    private Vertx vertx;

    static String document(String service) {
        Path file = Path.of("..", service + "-service", "target", "openapi", "openapi.json");
        try {
            return Files.readString(file);
        } catch (Exception e) {
            throw new IllegalStateException("no " + file.toAbsolutePath().normalize()
                    + ": build the services first (./mvnw verify builds them before the gateway)", e);
        }
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        try {
            for (String service : SERVICES) {
                String json = document(service);
                HttpServer server = vertx.createHttpServer()
                        .requestHandler(r -> r.response().putHeader("Content-Type", "application/json").end(json))
                        .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                config.put("gateway.routes." + service + ".url", "http://127.0.0.1:" + server.actualPort());
            }
        } catch (Exception e) {
            throw new IllegalStateException("document servers did not start", e);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
