package org.sendreform.gateway.route;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.sendreform.gateway.access.AccessLog;
import org.sendreform.gateway.access.VerifiedTokens;
import org.sendreform.gateway.edge.EdgeProblem;
import org.sendreform.gateway.edge.UriLimit;
import org.sendreform.gateway.limit.BoundedBody;
import org.sendreform.gateway.limit.RateLimiter;
import org.sendreform.gateway.limit.RateLimits;

/**
 * Routes each path prefix of the route table to its service through Vert.x's HTTP proxy, which streams
 * request and response bodies instead of buffering them. On an API route, in order: the body-size limit,
 * the token check (401 before any service is called), the client's rate limit, then the proxy with the
 * route's timeouts. Public routes (the services' OpenAPI documents) need no token and are limited by address.
 * Connections to a service are pooled and kept 30 s idle at most (below the services' idle timeout); a request whose
 * connection closes before the service answered is sent once more, on a new connection, when that is safe.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Methods a request may be repeated with (RFC 9110 section 9.2.2, those the API has). */
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** The most of a body kept to send it a second time; a longer one is streamed only, and not repeated. */
    private static final long REPLAY_BYTES = 256 * 1024;
    /** Set on a proxy context when its request is sent the second time: on a connection of its own. */
    private static final String FRESH = "gateway.fresh-connection";

    @Inject
    RouteTable table;

    @Inject
    RateLimits limits;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "gateway.verified-tokens.max-entries", defaultValue = "10000")
    int verifiedTokensMax;

    private RateLimiter rateLimiter;
    private VerifiedTokens verified;

    void install(@Observes Router router) {
        rateLimiter = new RateLimiter(limits.window().toMillis(), System::currentTimeMillis);
        vertx.setPeriodic(limits.window().toMillis(), id -> rateLimiter.evictEnded());
        verified = new VerifiedTokens(verifiedTokensMax, System::currentTimeMillis);
        vertx.setPeriodic(30_000, id -> verified.evictExpired());

        router.route().order(Integer.MIN_VALUE).handler(AccessLog::begin);
        router.route().order(Integer.MIN_VALUE).handler(UriLimit::refuseLongUris);
        // Quarkus fails the routing context itself when a token does not verify; answer that as a problem too
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.failure() instanceof AuthenticationException) {
                unauthenticated(rc, "The bearer token is missing, invalid or expired");
            } else {
                rc.next();
            }
        });
        for (Map.Entry<String, RouteTable.Route> entry : table.routes().entrySet()) {
            String name = entry.getKey();
            RouteTable.Route route = entry.getValue();
            HttpClientOptions options = new HttpClientOptions().setConnectTimeout((int) route.connectTimeout().toMillis());
            HttpClient pooled = vertx.createHttpClient(new HttpClientOptions(options).setMaxPoolSize(64)
                    .setKeepAliveTimeout((int) Math.max(1, route.keepAliveTimeout().toSeconds())));
            // a request sent a second time goes on a connection used for it alone
            HttpClient fresh = vertx.createHttpClient(new HttpClientOptions(options).setKeepAlive(false).setMaxPoolSize(8));
            HttpProxy api = proxy(name, route, pooled, fresh, null);
            // public prefixes first: a more specific route added earlier wins in Vert.x
            for (String prefix : route.publicPaths().orElse(List.of())) {
                router.route(prefix).handler(rc -> publicProxy(rc, name, api));
                router.route(prefix + "/*").handler(rc -> publicProxy(rc, name, api));
            }
            for (String prefix : route.paths()) {
                router.route(prefix).handler(rc -> guardThenProxy(rc, name, api));
                router.route(prefix + "/*").handler(rc -> guardThenProxy(rc, name, api));
            }
            HttpProxy docs = proxy(name, route, pooled, fresh, "/q/openapi?format=json");
            router.get("/openapi/" + name).handler(rc -> publicProxy(rc, name + "-docs", docs));
        }
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(rc -> EdgeProblem.send(rc, 404, "not-found",
                "Not found", "No service owns " + rc.request().path()));
    }

    private HttpProxy proxy(String name, RouteTable.Route route, HttpClient pooled, HttpClient fresh, String rewriteTo) {
        int port = route.url().getPort() > 0 ? route.url().getPort() : 80;
        SocketAddress origin = SocketAddress.inetSocketAddress(port, route.url().getHost());
        return HttpProxy.reverseProxy(pooled)
                .origin(context -> (context.get(FRESH, Boolean.class) == null ? pooled : fresh)
                        .request(new RequestOptions().setServer(origin).setIdleTimeout(route.timeout().toMillis()))
                        .map(UpstreamRequest::resetOnlyWhileSending))
                .addInterceptor(new Forwarding(name, rewriteTo, table.maxBodySize().asLongValue()));
    }

    /** A route that needs no token: limited by the caller's address, then proxied as it is. */
    private void publicProxy(RoutingContext rc, String route, HttpProxy proxy) {
        AccessLog.route(rc, route);
        if (withinLimit(rc, "address:" + AccessLog.address(rc.request()), limits.anonymous())) {
            proxy.handle(rc.request());
        }
    }

    private void guardThenProxy(RoutingContext rc, String route, HttpProxy proxy) {
        HttpServerRequest request = rc.request();
        AccessLog.route(rc, route);
        long max = table.maxBodySize().asLongValue();
        String length = request.getHeader("Content-Length");
        if (length != null && parseLength(length) > max) {
            EdgeProblem.send(rc, 413, "payload-too-large", "Request body is too large",
                    "The body has " + length + " bytes; the limit is " + max);
            return;
        }
        // hold the body until we know who is calling; the proxy resumes it as it streams to the service
        request.pause();
        String token = VerifiedTokens.bearer(request.getHeader("Authorization"));
        var known = verified.lookup(token);
        if (known.isPresent()) {
            admit(rc, known.get(), proxy);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(
                identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        unauthenticated(rc, "A bearer token is required");
                        return;
                    }
                    VerifiedTokens.Caller caller = callerOf(identity);
                    verified.remember(token, caller);
                    admit(rc, caller, proxy);
                },
                failure -> unauthenticated(rc, "The bearer token is missing, invalid or expired"));
    }

    private void admit(RoutingContext rc, VerifiedTokens.Caller caller, HttpProxy proxy) {
        AccessLog.client(rc, caller.client());
        if (withinLimit(rc, "client:" + caller.client(), RateLimiter.limitFor(caller.roles(), limits))) {
            proxy.handle(rc.request());
        }
    }

    private boolean withinLimit(RoutingContext rc, String key, int limit) {
        RateLimiter.Decision decision = rateLimiter.take(key, limit);
        rc.response()
                .putHeader("RateLimit-Limit", Integer.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            rc.response().putHeader("Retry-After", Long.toString(decision.resetSeconds()));
            EdgeProblem.send(rc, 429, "too-many-requests", "Too many requests",
                    "The limit is " + decision.limit() + " requests per " + limits.window().toSeconds()
                            + " s for this client; retry after " + decision.resetSeconds() + " s");
            return false;
        }
        return true;
    }

    private static void unauthenticated(RoutingContext rc, String detail) {
        EdgeProblem.send(rc, 401, "unauthenticated", "Authentication is required", detail);
    }

    /**
     * Who a token speaks for: its authorised party (the OAuth client) and subject. A machine client's subject
     * is its own service account; people share the web or CLI client, so each person is counted apart. Only a
     * JWT with an expiry can be remembered (expiry 0 is never remembered).
     */
    private static VerifiedTokens.Caller callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String azp = jwt.getClaim("azp");
            return new VerifiedTokens.Caller((azp == null ? "-" : azp) + "/" + jwt.getSubject(),
                    Set.copyOf(identity.getRoles()), jwt.getExpirationTime() * 1000);
        }
        return new VerifiedTokens.Caller(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()), 0);
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Adds forwarding headers, bounds the body, optionally rewrites the URI, sends the request once more on a new
     * connection when the service's connection closed before it answered and the request is safe to repeat, and turns
     * a service that is down (503), silent past its timeout (504) or failing (502) into a problem document naming the
     * route.
     */
    private static final class Forwarding implements ProxyInterceptor {

        private final String route;
        private final String rewriteTo;
        private final long maxBody;

        Forwarding(String route, String rewriteTo, long maxBody) {
            this.route = route;
            this.rewriteTo = rewriteTo;
            this.maxBody = maxBody;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            if (rewriteTo != null) {
                context.request().setURI(rewriteTo);
            }
            context.request().headers()
                    .set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme())
                    .set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString())
                    .set("X-Forwarded-For", AccessLog.address(incoming));
            // a request safe to repeat keeps a short body to send again; any other body is only counted
            boolean safe = SAFE_METHODS.contains(incoming.method()) || incoming.getHeader("Idempotency-Key") != null;
            Body body = context.request().getBody();
            BoundedBody bounded = null;
            ReplayableBody replayable = null;
            if (body != null) {
                ReadStream<Buffer> stream = body.stream();
                if (body.length() < 0) {
                    bounded = new BoundedBody(stream, maxBody);
                    stream = bounded;
                }
                replayable = new ReplayableBody(stream, body.length(), safe ? REPLAY_BYTES : 0);
                context.request().setBody(Body.body(replayable, body.length()));
            }
            BoundedBody limited = bounded;
            ReplayableBody sent = replayable;
            String requestId = incoming.getHeader(EdgeProblem.REQUEST_ID);
            Function<Throwable, Future<ProxyResponse>> refusal = failure -> limited != null && limited.exceeded()
                    ? problem(context, 413, "payload-too-large", "Request body is too large",
                            "The body is larger than " + maxBody + " bytes", incoming, requestId)
                    : answer(context, failure, incoming, requestId);
            return context.sendRequest().recover(failure -> {
                // once more only when the connection closed before any answer and repeating cannot do a thing twice
                if (closedBeforeAnswer(failure) && (safe || sent == null || sent.noneSent())
                        && (sent == null || sent.replayInto(context.request()))) {
                    LOG.infof("route %s: the connection closed before the service answered %s %s (request %s): %s; "
                            + "sending it once more on a new connection", route, incoming.method(), incoming.path(), requestId,
                            failure.toString());
                    context.set(FRESH, Boolean.TRUE);
                    return context.sendRequest().recover(refusal);
                }
                return refusal.apply(failure);
            });
        }

        /**
         * True when the service's connection closed (or broke) before any answer came: the service may have been
         * closing it just as the request went out. Not a timeout, a refused connection or a reset of the gateway's own.
         */
        static boolean closedBeforeAnswer(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof HttpClosedException || t instanceof ClosedChannelException
                        || t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Connection reset")) {
                    return true;
                }
            }
            return false;
        }

        /** The problem for a request the service did not answer: timed out (504), not reachable (503), else 502. */
        private Future<ProxyResponse> answer(ProxyContext context, Throwable failure, HttpServerRequest incoming, String requestId) {
            LOG.warnf("route %s failed for %s %s (request %s): %s", route, incoming.method(), incoming.path(),
                    requestId, failure.toString());
            if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")
                    && !(failure instanceof ConnectTimeoutException)) {
                return problem(context, 504, "gateway-timeout", "Upstream service timed out",
                        "The " + route + " service did not answer in time", incoming, requestId);
            }
            if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
                return problem(context, 503, "unavailable", "Service unavailable",
                        "The " + route + " service is not reachable", incoming, requestId);
            }
            return problem(context, 502, "bad-gateway", "Upstream service failed",
                    "The " + route + " service failed to answer", incoming, requestId);
        }

        private static Future<ProxyResponse> problem(ProxyContext context, int status, String slug, String title,
                String detail, HttpServerRequest incoming, String requestId) {
            String json = EdgeProblem.json(status, slug, title, detail, incoming.path(), requestId).encode();
            ProxyResponse response = context.request().response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/problem+json")
                    .setBody(Body.body(Buffer.buffer(json)));
            return Future.succeededFuture(response);
        }
    }
}
