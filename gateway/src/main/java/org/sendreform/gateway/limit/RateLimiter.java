package org.sendreform.gateway.limit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Fixed-window request counting per client key. Fixed windows make the RateLimit-* headers exact: the
 * remaining count and the seconds until the window resets are what the client will really see. Counts
 * are per gateway instance (documented in docs/operations.md); old windows are dropped as they end.
 */
public final class RateLimiter {

    /** The outcome of one request against its client's window. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private record Window(long start, AtomicInteger used) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final long windowMillis;
    private final LongSupplier clock;

    public RateLimiter(long windowMillis, LongSupplier clock) {
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    public Decision take(String key, int limit) {
        long now = clock.getAsLong();
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start >= windowMillis
                ? new Window(now, new AtomicInteger())
                : w);
        int used = window.used.incrementAndGet();
        long reset = Math.max(1, (window.start + windowMillis - now + 999) / 1000);
        if (used > limit) {
            return new Decision(false, limit, 0, reset);
        }
        return new Decision(true, limit, limit - used, reset);
    }

    /** Forgets windows that have ended, so the map holds only active clients. */
    public void evictEnded() {
        long now = clock.getAsLong();
        windows.entrySet().removeIf(e -> now - e.getValue().start >= windowMillis);
    }

    public int activeClients() {
        return windows.size();
    }

    /** The limit for a client with these roles: the highest configured for any of them, else the default. */
    public static int limitFor(Set<String> roles, RateLimits limits) {
        return roles.stream().map(limits.roles()::get).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(limits.authenticated());
    }
}
