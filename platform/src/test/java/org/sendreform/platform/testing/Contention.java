package org.sendreform.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.restassured.response.Response;

/**
 * Many writers at once, for tests that prove no update is lost: real threads, one per writer, held at a start
 * latch so that they hit the service together rather than one after another as a small pool would.
 */
public final class Contention {

    /** How long a test waits for all writers before it fails instead of hanging the build. */
    private static final long TIMEOUT_SECONDS = 300;

    private Contention() {
    }

    /** Runs {@code call(0..n-1)} on n threads released together; the answers in writer order. */
    public static <T> List<T> atOnce(int n, IntFunction<T> call) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int writer = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.apply(writer);
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the " + n + " writers did not all start");
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("a writer failed: " + e, e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** One attempt of a writer: the status it got back. */
    public interface Attempt {
        int status(int writer, String ifMatch);
    }

    /**
     * n writers at once, each re-reading the current ETag and trying again after every 412 until its own change is
     * applied (2xx). A 503 (the service asks the client to retry: say, every database connection is busy while the
     * writers queue) is retried after a pause, as a client must; the callers' history checks then prove that no
     * such answer hid a stored change. Any other answer fails the writer. Returns each writer's number of attempts.
     */
    public static List<Integer> untilEachWins(int n, Supplier<String> currentETag, Attempt attempt) {
        return atOnce(n, writer -> {
            for (int tries = 1;; tries++) {
                int status = attempt.status(writer, currentETag.get());
                if (status / 100 == 2) {
                    return tries;
                }
                if (status == 503) {
                    pause(200);
                } else if (status != 412) {
                    throw new AssertionError("writer " + writer + " got " + status + " on try " + tries);
                }
                if (tries > 10 * n) {
                    throw new AssertionError("writer " + writer + " never won in " + tries + " tries");
                }
            }
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** How many of the answers had this status. */
    public static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    /**
     * The answers to identical requests sent at once with one Idempotency-Key: one 201, every other a 200 replay
     * (Idempotent-Replayed: true), all naming the same item. Returns its id.
     */
    public static String oneCreatedTheRestReplayed(List<Response> answers) {
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, count(statuses, 201), statuses::toString);
        assertEquals(answers.size() - 1, count(statuses, 200), statuses::toString);
        String id = answers.get(statuses.indexOf(201)).path("id");
        answers.forEach(a -> assertEquals(id, a.path("id")));
        answers.stream().filter(a -> a.statusCode() == 200).forEach(a -> assertEquals("true", a.header("Idempotent-Replayed")));
        return id;
    }

    /** What writer n writes into the item, so that the stored item and its history show whose change they hold. */
    public static String mark(int writer) {
        return "changed by writer " + writer;
    }

    /** One item under contention, as a service's test drives it. */
    public interface Item {
        /** Writer n's change ({@link #mark} n into one field) against the version named by ifMatch. */
        Response change(int writer, String ifMatch);

        /** The item's current ETag. */
        String etag();

        /** The mark the stored item now holds. */
        String stored();

        /** The mark each history entry recorded, oldest first, after checking each names who and when. */
        List<String> recorded();
    }

    /**
     * n writers change the item at once against the one version they all read: exactly one wins, every other is
     * told 412 in problem+json, the item holds the winner's change with the ETag the winner was given, and the
     * history gained exactly one entry, the winner's.
     */
    public static void oneWinnerPerVersion(int n, Item item) {
        String tag = item.etag();
        int before = item.recorded().size();
        List<Response> answers = atOnce(n, writer -> item.change(writer, tag));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, count(statuses, 200), () -> "one winner expected: " + statuses);
        assertEquals(n - 1, count(statuses, 412), () -> "412 expected for every other writer: " + statuses);
        answers.stream().filter(a -> a.statusCode() == 412)
                .forEach(a -> assertEquals("application/problem+json", a.contentType().split(";")[0]));
        int winner = statuses.indexOf(200);
        assertEquals(mark(winner), item.stored());
        assertEquals(answers.get(winner).header("ETag"), item.etag());
        List<String> recorded = item.recorded();
        assertEquals(List.of(mark(winner)), recorded.subList(before, recorded.size()));
    }

    /**
     * n writers at once, each retrying with the new ETag after every 412 until its change is in: all n changes
     * are applied and none lost, the version advanced by exactly n, and the history gained one entry per writer.
     */
    public static void noneLostWhenEachRetries(int n, Item item) {
        long start = version(item.etag());
        int before = item.recorded().size();
        untilEachWins(n, item::etag, (writer, tag) -> item.change(writer, tag).statusCode());
        assertEquals(start + n, version(item.etag()));
        List<String> recorded = item.recorded();
        List<String> added = recorded.subList(before, recorded.size());
        assertEquals(n, added.size());
        assertEquals(IntStream.range(0, n).mapToObj(Contention::mark).collect(Collectors.toSet()), Set.copyOf(added));
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }
}
