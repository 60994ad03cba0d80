package org.sendreform.gateway.edge;

import java.util.UUID;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes RFC 9457 problem documents for answers the gateway gives itself (401, 404, 502, 504), with the
 * same fields and type URIs as the services' problems (docs/api-guide.md). The gateway does not use the
 * platform library, to stay a thin Vert.x app, so this one writer is its own.
 */
public final class EdgeProblem {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String TYPES = "https://sendreform.org/problems/";

    private EdgeProblem() {
    }

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        JsonObject body = json(status, slug, title, detail, rc.request().path(), requestId(rc));
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader(REQUEST_ID, requestId(rc));
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"send-reform\"");
        }
        response.end(body.encode());
    }

    public static JsonObject json(int status, String slug, String title, String detail, String instance, String traceId) {
        return new JsonObject()
                .put("type", TYPES + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("traceId", traceId);
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
