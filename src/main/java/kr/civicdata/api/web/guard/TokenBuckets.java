package kr.civicdata.api.web.guard;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One token bucket per client, in a table bounded in size. A bucket holds up to {@code capacity} tokens and gains
 * {@code refillPerSecond} tokens a second; a request takes one token or is refused. A bucket that nobody used for as
 * long as it takes to fill up is full again, the same as a new one, so it is dropped then and the table holds only
 * the clients of the last few seconds.
 */
final class TokenBuckets {

    /** The outcome of one request: allowed or not, and the figures the RateLimit headers send. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double refillPerSecond;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets;

    /**
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}); tests pass their own
     */
    public TokenBuckets(int capacity, double refillPerSecond, int maxClients, LongSupplier nanoClock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("app.rate-limit.capacity must be at least 1, not " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException(
                    "app.rate-limit.refill-per-second must be a positive number, not " + refillPerSecond);
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("app.rate-limit.max-clients must be at least 1, not " + maxClients);
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.nanoClock = nanoClock;
        long fillNanos = (long) Math.ceil(capacity / refillPerSecond * NANOS_PER_SECOND);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofNanos(Math.max(fillNanos, 1_000_000L)))
                .ticker(nanoClock::getAsLong)
                // Upkeep on the calling thread: a few map operations, no pool thread needed for them.
                .executor(Runnable::run)
                .build();
    }

    /** Takes a token from the client's bucket if it has one. */
    public Decision take(String client) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(client, key -> new Bucket(capacity, now));
        synchronized (bucket) {
            // Another thread may have read a later clock and updated the bucket first: time never runs backwards.
            long elapsed = Math.max(0, now - bucket.updated);
            bucket.tokens = Math.min(capacity, bucket.tokens + elapsed / NANOS_PER_SECOND * refillPerSecond);
            bucket.updated += elapsed;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long reset = seconds(capacity - bucket.tokens);
            long retryAfter = allowed ? 0 : Math.max(1, seconds(1 - bucket.tokens));
            return new Decision(allowed, capacity, (int) Math.floor(bucket.tokens), reset, retryAfter);
        }
    }

    /**
     * The policy as the IETF RateLimit header fields draft writes it: the quota and the window in seconds in which
     * an empty bucket fills up again.
     */
    public String policy() {
        return capacity + ";w=" + Math.max(1, seconds(capacity));
    }

    /** Clients currently held; for tests and metrics. */
    public long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** Whole seconds (rounded up) until the given number of tokens has been added. */
    private long seconds(double tokens) {
        return tokens <= 0 ? 0 : (long) Math.ceil(tokens / refillPerSecond);
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
