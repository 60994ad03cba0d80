package org.sendreform.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final RateLimiter limiter = new RateLimiter(60_000, now::get);

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision d = limiter.take("a", 3);
            assertTrue(d.allowed());
            assertEquals(2 - i, d.remaining());
        }
        now.addAndGet(20_000);
        RateLimiter.Decision refused = limiter.take("a", 3);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.resetSeconds());
        now.addAndGet(40_000);
        assertTrue(limiter.take("a", 3).allowed());
    }

    @Test
    void clientsAreCountedApart() {
        assertTrue(limiter.take("a", 1).allowed());
        assertFalse(limiter.take("a", 1).allowed());
        assertTrue(limiter.take("b", 1).allowed());
    }

    @Test
    void endedWindowsAreForgotten() {
        limiter.take("a", 1);
        limiter.take("b", 1);
        now.addAndGet(60_000);
        limiter.evictEnded();
        assertEquals(0, limiter.activeClients());
    }
}
