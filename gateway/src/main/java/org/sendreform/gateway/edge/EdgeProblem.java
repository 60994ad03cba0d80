package org.sendreform.gateway.edge;

import java.util.UUID;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes RFC 9457 problem documents for answers the gateway gives itself (401, 404, 413, 414, 429, 502, 503,
 * 504), with the same fields and type URIs as the services' problems (docs/api-guide.md). The gateway does not
 * use the platform library, to stay a thin Vert.x app, so this one writer is its own.
 */
public final class EdgeProblem {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String TYPES = "https://sendreform.org/problems/";

    private EdgeProblem() {
    }

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        send(rc, status, slug, title, detail, rc.request().path());
    }

    /** As {@link #send(RoutingContext, int, String, String, String)}, naming {@code instance} (none when null). */
    public static void send(RoutingContext rc, int status, String slug, String title, String detail, String instance) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        JsonObject body = json(status, slug, title, detail, instance, requestId(rc));
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader(REQUEST_ID, requestId(rc));
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"send-reform\"");
        }
        response.end(body.encode());
    }

    public static JsonObject json(int status, String slug, String title, String detail, String instance, String traceId) {
        JsonObject problem = new JsonObject()
                .put("type", TYPES + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.put("traceId", traceId);
    }

    /** The caller's request id, or a new one; kept on the context so every part of the exchange uses one. */
    public static String requestId(RoutingContext rc) {
        String id = rc.get(REQUEST_ID);
        if (id == null) {
            id = rc.request().getHeader(REQUEST_ID);
            if (id == null || id.isBlank() || id.length() > 128) {
                id = UUID.randomUUID().toString();
            }
            rc.put(REQUEST_ID, id);
        }
        return id;
    }
}
