package org.sendreform.gateway.route;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.http.HttpClientRequest;

/**
 * A request to a service as the HTTP proxy gets it, with one change: once it has been sent whole, the proxy can no
 * longer reset it.
 *
 * <p>The proxy resets the request to the service whenever it fails to pass the answer on to the caller, and a caller
 * that hangs up as the last bytes reach it (Python's urllib does, on every request) makes that happen after the
 * service's answer has fully arrived. By then the pooled connection has gone back to the pool and may already carry
 * the next request (often the same caller's next one: a PATCH right after its GET), and a reset of a request whose
 * answer has ended closes the connection it was sent on (Vert.x 4.5, HTTP/1.1): that next request fails with
 * "Connection was closed" and the gateway answers 502, though the service saw nothing wrong. The soak's 502s were
 * this (docs/reliability.md, "Soak").
 *
 * <p>A request not yet sent whole (its body still streaming, or refused as too large) is reset as before: its
 * connection is in use by it alone and cannot carry another request. After that, a caller that went away only stops
 * the relay: the proxy's pipe reads the rest of the answer and drops it, so the connection is whole again for the
 * next request; a service that goes silent is still cut off by the route's timeout.
 */
final class UpstreamRequest {

    private UpstreamRequest() {
    }

    static HttpClientRequest resetOnlyWhileSending(HttpClientRequest request) {
        AtomicBoolean sent = new AtomicBoolean();
        return (HttpClientRequest) Proxy.newProxyInstance(HttpClientRequest.class.getClassLoader(),
                new Class<?>[] { HttpClientRequest.class }, (self, method, args) -> {
                    String name = method.getName();
                    if (name.equals("reset") && sent.get()) {
                        return false;
                    }
                    if (name.equals("end") || name.equals("send")) {
                        sent.set(true);
                    }
                    Object result;
                    try {
                        result = method.invoke(request, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result == request ? self : result; // fluent calls go on through this guard
                });
    }
}
