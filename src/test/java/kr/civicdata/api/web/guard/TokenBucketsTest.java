package kr.civicdata.api.web.guard;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token bucket arithmetic, on a clock the test moves. */
class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);

    @Test
    void should_allow_a_burst_of_capacity_and_then_refuse() {
        TokenBuckets buckets = new TokenBuckets(3, 1, 100, clock::get);
        for (int remaining = 2; remaining >= 0; remaining--) {
            TokenBuckets.Decision decision = buckets.take("203.0.113.7");
            assertTrue(decision.allowed());
            assertEquals(remaining, decision.remaining());
            assertEquals(3, decision.limit());
        }
        TokenBuckets.Decision refused = buckets.take("203.0.113.7");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals(3, refused.resetSeconds(), "an empty bucket of 3 at 1 per second is full again in 3 s");
    }

    @Test
    void should_refill_at_the_configured_rate_up_to_capacity() {
        TokenBuckets buckets = new TokenBuckets(2, 4, 100, clock::get);
        buckets.take("a");
        buckets.take("a");
        assertFalse(buckets.take("a").allowed());
        clock.addAndGet(SECOND / 4); // one token at 4 per second
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
        clock.addAndGet(100 * SECOND); // never more than the capacity
        assertEquals(1, buckets.take("a").remaining());
        assertEquals(0, buckets.take("a").remaining());
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void should_answer_retry_after_in_whole_seconds_rounded_up() {
        TokenBuckets buckets = new TokenBuckets(1, 0.25, 100, clock::get);
        assertTrue(buckets.take("a").allowed());
        assertEquals(4, buckets.take("a").retryAfterSeconds());
        clock.addAndGet(3 * SECOND);
        assertEquals(1, buckets.take("a").retryAfterSeconds());
    }

    @Test
    void should_keep_one_bucket_per_client() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100, clock::get);
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
        assertTrue(buckets.take("b").allowed());
    }

    @Test
    void should_forget_clients_idle_long_enough_to_be_full_again() {
        TokenBuckets buckets = new TokenBuckets(10, 5, 100, clock::get);
        buckets.take("a");
        buckets.take("b");
        assertEquals(2, buckets.clients());
        clock.addAndGet(3 * SECOND); // 10 tokens at 5 per second: full after 2 s
        assertEquals(0, buckets.clients());
    }

    @Test
    void should_hold_no_more_clients_than_configured() {
        TokenBuckets buckets = new TokenBuckets(10, 1, 50, clock::get);
        for (int i = 0; i < 10_000; i++) {
            buckets.take("198.51.100." + i);
        }
        assertTrue(buckets.clients() <= 50, "held " + buckets.clients() + " clients");
    }

    @Test
    void should_describe_the_policy_as_quota_and_window() {
        assertEquals("1000;w=2", new TokenBuckets(1000, 500, 10, clock::get).policy());
        assertEquals("3;w=6", new TokenBuckets(3, 0.5, 10, clock::get).policy());
    }

    @Test
    void should_refuse_a_configuration_that_cannot_work() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 1, 10, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 0, 10, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, Double.NaN, 10, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(1, 1, 0, clock::get));
    }
}
