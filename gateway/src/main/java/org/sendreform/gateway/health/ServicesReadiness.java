package org.sendreform.gateway.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sendreform.gateway.route.RouteTable;

/**
 * The gateway's readiness reports each service's own readiness (UP/DOWN per route). The gateway is ready
 * only when every service is: it exists to serve the whole API, and `deploy/local/up` waits on it.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    RouteTable table;

    @Inject
    Vertx vertx;

    private volatile HttpClient client;

    @Override
    public Uni<HealthCheckResponse> call() {
        if (client == null) {
            client = vertx.createHttpClient();
        }
        Map<String, Future<Boolean>> probes = new TreeMap<>();
        table.routes().forEach((name, route) -> probes.put(name, probe(route)));
        Future<HealthCheckResponse> all = Future.join(new ArrayList<>(probes.values())).transform(done -> {
            HealthCheckResponseBuilder answer = HealthCheckResponse.named("Services behind the gateway").up();
            List<String> down = new ArrayList<>();
            probes.forEach((name, probe) -> {
                boolean up = probe.succeeded() && probe.result();
                answer.withData(name, up ? "UP" : "DOWN");
                if (!up) {
                    down.add(name);
                }
            });
            if (!down.isEmpty()) {
                answer.down();
            }
            return Future.succeededFuture(answer.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<Boolean> probe(RouteTable.Route route) {
        int port = route.url().getPort() > 0 ? route.url().getPort() : 80;
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(route.url().getHost()).setPort(port)
                .setURI("/q/health/ready").setConnectTimeout(PROBE_TIMEOUT.toMillis()).setIdleTimeout(PROBE_TIMEOUT.toMillis()))
                .compose(request -> request.send())
                .map(response -> response.statusCode() == 200);
    }
}
