package org.sendreform.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The problem document of a refusal made on the HTTP route, before any resource runs (so before the
 * {@link ProblemMappers}): the same fields and types, written by one method for every such check.
 */
final class RouteProblem {

    private RouteProblem() {
    }

    /**
     * Answers the request with the problem. When the request declares a body that is not read, the answer says
     * {@code Connection: close}, so the client does not send its next request after bytes nobody read.
     */
    static void send(RoutingContext ctx, ObjectMapper mapper, ProblemType type, String detail, URI instance) {
        HttpServerRequest request = ctx.request();
        Problem problem = new Problem(type.type(), type.title(), type.status(), detail, instance, List.of(),
                ProblemMappers.traceId(request.getHeader(ProblemMappers.REQUEST_ID_HEADER)));
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (declaresBody(request)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().end(body);
    }

    /** The request's path as a problem's instance, or none when it is not a valid URI. */
    static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || length != null && !length.trim().equals("0");
    }
}
