package org.sendreform.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;

/**
 * The soak's 502s, reproduced without the gateway around them: the proxy resets the request to a service when it
 * fails to pass the answer on to a caller that hung up, even when that answer had fully arrived and the pooled
 * connection already carries the next request. Here a pool of one connection makes that next request certain.
 */
class UpstreamRequestTest {

    private Vertx vertx;
    private HttpClient client;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer()
                .connectionHandler(connection -> connections.incrementAndGet())
                .requestHandler(request -> request.body().onSuccess(body -> {
                    long delay = request.path().equals("/slow") ? 300 : 1;
                    vertx.setTimer(delay, t -> request.response().end("answer to " + request.path()));
                }));
        int port = await(server.listen(0)).actualPort();
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultPort(port).setMaxPoolSize(1));
    }

    @AfterEach
    void stop() throws Exception {
        await(vertx.close());
    }

    @Test
    void aResetAfterTheAnswerEndedLeavesThePooledConnectionToTheNextRequest() throws Exception {
        HttpClientRequest first = UpstreamRequest.resetOnlyWhileSending(await(client.request(HttpMethod.GET, "/first")));
        first.end();
        assertEquals("answer to /first", await(first.response().compose(HttpClientResponse::body)).toString());

        HttpClientRequest next = await(client.request(HttpMethod.GET, "/slow")); // the pool's one connection, reused
        Future<Buffer> nextAnswer = next.response().compose(HttpClientResponse::body);
        next.end();
        // what the proxy does once the first caller has hung up as its answer's last bytes reached it
        first.reset();

        assertEquals("answer to /slow", await(nextAnswer).toString());
        assertEquals(1, connections.get(), "the pooled connection stayed open");
    }

    @Test
    void aRequestStillBeingSentIsResetAsBefore() throws Exception {
        HttpClientRequest upload = UpstreamRequest.resetOnlyWhileSending(await(client.request(HttpMethod.POST, "/upload")));
        upload.setChunked(true);
        await(upload.write(Buffer.buffer("part of a body")));
        assertTrue(upload.reset()); // e.g. a body over the gateway's limit: the service must not wait for the rest
        assertThrows(ExecutionException.class, () -> await(upload.response()));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
