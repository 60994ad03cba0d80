package org.sendreform.gateway.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;
import org.sendreform.gateway.edge.EdgeProblem;
import org.sendreform.gateway.route.RouteTable;

/**
 * {@code GET /openapi}: one OpenAPI document of the whole public API, merged from the services' documents
 * (fetched live, cached briefly). If a service cannot be reached and nothing is cached, the answer is 503
 * naming it: a silently partial document would generate a client that lacks operations.
 */
@ApplicationScoped
public class MergedOpenApiRoute {

    private static final Logger LOG = Logger.getLogger(MergedOpenApiRoute.class);

    @Inject
    RouteTable table;

    @Inject
    DocsConfig config;

    @Inject
    Vertx vertx;

    private HttpClient client;
    private volatile JsonObject cached;
    private volatile long cachedAt;

    void install(@Observes Router router) {
        client = vertx.createHttpClient();
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        String server = config.publicUrl().orElseGet(() -> {
            String proto = rc.request().getHeader("X-Forwarded-Proto");
            String host = rc.request().getHeader("X-Forwarded-Host");
            return (proto != null ? proto : rc.request().scheme()) + "://"
                    + (host != null ? host : rc.request().authority().toString());
        });
        if (cached != null && System.currentTimeMillis() - cachedAt < config.cacheFor().toMillis()) {
            send(rc, cached, server);
            return;
        }
        Map<String, Future<JsonObject>> fetches = new TreeMap<>();
        table.routes().forEach((name, route) -> fetches.put(name, fetch(route)));
        Future.join(new ArrayList<>(fetches.values())).onComplete(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            fetches.forEach((name, f) -> {
                if (f.succeeded()) {
                    documents.put(name, f.result());
                } else {
                    missing.add(name);
                    LOG.warnf("OpenAPI document of %s not available: %s", name, f.cause().toString());
                }
            });
            if (!missing.isEmpty()) {
                if (cached != null) {
                    send(rc, cached, server);
                } else {
                    EdgeProblem.send(rc, 503, "unavailable", "Service unavailable",
                            "The OpenAPI documents of " + String.join(", ", missing) + " cannot be fetched now");
                }
                return;
            }
            try {
                cached = OpenApiMerge.merge(documents, "{server}", config.realmUrl());
                cachedAt = System.currentTimeMillis();
                send(rc, cached, server);
            } catch (RuntimeException e) {
                LOG.error("could not merge the OpenAPI documents", e);
                EdgeProblem.send(rc, 502, "bad-gateway", "Upstream service failed", "The services' OpenAPI documents do not merge: "
                        + e.getMessage());
            }
        });
    }

    private Future<JsonObject> fetch(RouteTable.Route route) {
        int port = route.url().getPort() > 0 ? route.url().getPort() : 80;
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(route.url().getHost()).setPort(port)
                .setURI("/q/openapi?format=json").setIdleTimeout(route.timeout().toMillis())
                .setConnectTimeout(route.connectTimeout().toMillis()))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(JsonObject::new);
    }

    private static void send(RoutingContext rc, JsonObject document, String server) {
        JsonObject answer = document.copy();
        answer.getJsonArray("servers").getJsonObject(0).put("url", server);
        rc.response().putHeader("Content-Type", "application/json").end(answer.encodePrettily());
    }
}
