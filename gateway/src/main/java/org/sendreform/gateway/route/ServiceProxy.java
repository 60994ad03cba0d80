package org.sendreform.gateway.route;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import org.jboss.logging.Logger;
import org.sendreform.gateway.edge.EdgeProblem;

/**
 * Routes each path prefix of the route table to its service through Vert.x's HTTP proxy, which streams
 * request and response bodies instead of buffering them. API routes need a valid token, checked here
 * before any service is called; public routes (the services' OpenAPI documents) need none.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    @Inject
    RouteTable table;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        for (Map.Entry<String, RouteTable.Route> entry : table.routes().entrySet()) {
            String name = entry.getKey();
            RouteTable.Route route = entry.getValue();
            HttpProxy api = proxyTo(name, route);
            for (String prefix : route.paths()) {
                router.route(prefix).handler(rc -> authenticateThenProxy(rc, api));
                router.route(prefix + "/*").handler(rc -> authenticateThenProxy(rc, api));
            }
            HttpProxy docs = proxyTo(name, route).addInterceptor(new ProxyInterceptor() {
                @Override
                public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                    context.request().setURI("/q/openapi?format=json");
                    return context.sendRequest();
                }
            });
            router.get("/openapi/" + name).handler(rc -> docs.handle(rc.request()));
        }
        // Quarkus fails the routing context itself when a token does not verify; answer that as a problem too
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.failure() instanceof io.quarkus.security.AuthenticationException) {
                EdgeProblem.send(rc, 401, "unauthenticated", "Authentication is required",
                        "The bearer token is missing, invalid or expired");
            } else {
                rc.next();
            }
        });
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(rc -> EdgeProblem.send(rc, 404, "not-found",
                "Not found", "No service owns " + rc.request().path()));
    }

    private HttpProxy proxyTo(String name, RouteTable.Route route) {
        int port = route.url().getPort() > 0 ? route.url().getPort() : ("https".equals(route.url().getScheme()) ? 443 : 80);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setSsl("https".equals(route.url().getScheme()))
                .setConnectTimeout((int) Math.min(route.timeout().toMillis(), 5_000))
                .setIdleTimeout((int) route.timeout().toSeconds())
                .setMaxPoolSize(64));
        return HttpProxy.reverseProxy(client)
                .origin(port, route.url().getHost())
                .addInterceptor(new Forwarding(name));
    }

    private void authenticateThenProxy(RoutingContext rc, HttpProxy proxy) {
        HttpServerRequest request = rc.request();
        EdgeProblem.requestId(rc);
        // hold the body until we know who is calling; the proxy resumes it as it streams to the service
        request.pause();
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(
                identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        EdgeProblem.send(rc, 401, "unauthenticated", "Authentication is required", "A bearer token is required");
                    } else {
                        proxy.handle(request);
                    }
                },
                failure -> EdgeProblem.send(rc, 401, "unauthenticated", "Authentication is required",
                        "The bearer token is missing, invalid or expired"));
    }

    /** Adds correlation and forwarding headers, and turns an unreachable service into a problem document. */
    private static final class Forwarding implements ProxyInterceptor {

        private final String service;

        Forwarding(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String requestId = incoming.getHeader(EdgeProblem.REQUEST_ID);
            if (requestId == null) {
                requestId = java.util.UUID.randomUUID().toString();
                incoming.headers().set(EdgeProblem.REQUEST_ID, requestId);
            }
            context.request().headers()
                    .set(EdgeProblem.REQUEST_ID, requestId)
                    .set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme())
                    .set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString())
                    .set("X-Forwarded-For", incoming.remoteAddress() == null ? "" : incoming.remoteAddress().hostAddress());
            String id = requestId;
            return context.sendRequest().recover(failure -> {
                LOG.warnf("Service %s failed for %s %s (request %s): %s", service, incoming.method(), incoming.path(), id,
                        failure.toString());
                ProxyResponse response = context.request().response()
                        .setStatusCode(502)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader(EdgeProblem.REQUEST_ID, id);
                String body = EdgeProblem.json(502, "bad-gateway", "Upstream service failed",
                        "The " + service + " service did not answer", incoming.path(), id).encode();
                response.setBody(io.vertx.httpproxy.Body.body(io.vertx.core.buffer.Buffer.buffer(body)));
                return Future.succeededFuture(response);
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String id = context.request().headers().get(EdgeProblem.REQUEST_ID);
            if (id != null) {
                context.response().putHeader(EdgeProblem.REQUEST_ID, id);
            }
            return context.sendResponse();
        }
    }
}
