package org.sendreform.gateway.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens this gateway has already verified, remembered until they expire. A client sends the same
 * token on every call for its lifetime (five minutes in the realm), and the RSA check and JSON parse of a
 * repeated token were a fifth of the gateway's CPU (docs/benchmarks.md). Only a token string that verified in
 * full before is answered from here, never past its {@code exp}; the services still verify every token
 * themselves, so this saves the edge's work and does not widen what a token can do. Bounded: when full, a new
 * token is verified every time until expired entries are dropped.
 */
public final class VerifiedTokens {

    /** Who a verified token speaks for, and until when (epoch milliseconds). */
    public record Caller(String client, Set<String> roles, long expiresAtMillis) {
    }

    private final Map<String, Caller> byToken = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final LongSupplier clock;

    public VerifiedTokens(int maxEntries, LongSupplier clock) {
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The caller of a token verified before and not yet expired. */
    public Optional<Caller> lookup(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Caller caller = byToken.get(token);
        if (caller == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() >= caller.expiresAtMillis()) {
            byToken.remove(token, caller);
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    /** Remembers a token that has just verified, unless it has no expiry, has expired or the cache is full. */
    public void remember(String token, Caller caller) {
        if (token == null || caller.expiresAtMillis() <= clock.getAsLong() || byToken.size() >= maxEntries) {
            return;
        }
        byToken.put(token, caller);
    }

    /** Drops expired tokens, so the map holds only live ones. */
    public void evictExpired() {
        long now = clock.getAsLong();
        byToken.values().removeIf(c -> now >= c.expiresAtMillis());
    }

    public int size() {
        return byToken.size();
    }

    /** The token of an {@code Authorization: Bearer …} header, or null for any other header. */
    public static String bearer(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
