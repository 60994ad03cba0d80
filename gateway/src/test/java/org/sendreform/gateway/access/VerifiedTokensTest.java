package org.sendreform.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final VerifiedTokens tokens = new VerifiedTokens(2, now::get);

    @Test
    void aRememberedTokenIsKnownUntilItExpires() {
        tokens.remember("t1", new VerifiedTokens.Caller("demo/1", Set.of("admin"), 1_060_000));
        assertEquals("demo/1", tokens.lookup("t1").orElseThrow().client());
        now.set(1_059_999);
        assertTrue(tokens.lookup("t1").isPresent());
        now.set(1_060_000);
        assertTrue(tokens.lookup("t1").isEmpty(), "at exp the token must be verified again");
        assertEquals(0, tokens.size());
    }

    @Test
    void onlyTheExactTokenStringIsKnown() {
        tokens.remember("t1", new VerifiedTokens.Caller("demo/1", Set.of(), 2_000_000));
        assertTrue(tokens.lookup("t1x").isEmpty());
        assertTrue(tokens.lookup(null).isEmpty());
    }

    @Test
    void expiredOrUnexpiringTokensAreNotRemembered() {
        tokens.remember("old", new VerifiedTokens.Caller("demo/1", Set.of(), 999_999));
        tokens.remember("none", new VerifiedTokens.Caller("demo/1", Set.of(), 0));
        assertEquals(0, tokens.size());
    }

    @Test
    void aFullCacheVerifiesNewTokensEveryTimeUntilExpiredOnesAreDropped() {
        tokens.remember("a", new VerifiedTokens.Caller("a", Set.of(), 1_010_000));
        tokens.remember("b", new VerifiedTokens.Caller("b", Set.of(), 1_020_000));
        tokens.remember("c", new VerifiedTokens.Caller("c", Set.of(), 1_030_000));
        assertTrue(tokens.lookup("c").isEmpty());
        now.set(1_015_000);
        tokens.evictExpired();
        tokens.remember("c", new VerifiedTokens.Caller("c", Set.of(), 1_030_000));
        assertTrue(tokens.lookup("c").isPresent());
        assertTrue(tokens.lookup("a").isEmpty());
    }

    @Test
    void bearerHeaderParsing() {
        assertEquals("abc", VerifiedTokens.bearer("Bearer abc"));
        assertEquals("abc", VerifiedTokens.bearer("bearer abc"));
        assertNull(VerifiedTokens.bearer("Basic abc"));
        assertNull(VerifiedTokens.bearer("Bearer "));
        assertNull(VerifiedTokens.bearer(null));
    }
}
