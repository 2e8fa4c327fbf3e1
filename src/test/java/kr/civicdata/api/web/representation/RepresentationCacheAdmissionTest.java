package kr.civicdata.api.web.representation;

import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kr.civicdata.api.web.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which built answers the cache keeps (all while it is less than half full, beyond that those built twice), and how
 * many it builds at once.
 */
class RepresentationCacheAdmissionTest {

    private static final int ENTRY_BYTES = 100 * 1024;
    private static final long MB = 1024 * 1024;

    @Test
    void should_keep_every_answer_while_less_than_half_full() {
        RepresentationCache cache = cache(1, 4, Duration.ofSeconds(2));
        AtomicInteger builds = new AtomicInteger();
        cache.get("a", () -> entry(builds));
        cache.get("a", () -> entry(builds));
        assertEquals(1, builds.get());
    }

    @Test
    void should_keep_an_answer_asked_for_once_only_when_it_is_asked_for_again_once_half_full() {
        RepresentationCache cache = cache(1, 4, Duration.ofSeconds(2));
        AtomicInteger builds = new AtomicInteger();
        for (int i = 0; i < 6; i++) { // 6 x 100 KB: more than half of 1 MB
            cache.get("fill-" + i, () -> entry(builds));
        }
        cache.cleanUp();
        builds.set(0);
        cache.get("once", () -> entry(builds));
        cache.get("once", () -> entry(builds));
        assertEquals(2, builds.get(), "built once and not kept, so built again");
        cache.get("once", () -> entry(builds));
        cache.get("once", () -> entry(builds));
        assertEquals(2, builds.get(), "kept after its second build");
        assertSame(cache.peek("once"), cache.get("once", () -> entry(builds)));
    }

    @Test
    void should_keep_at_most_an_eighth_of_the_old_generation_whatever_is_configured() {
        long old = RepresentationCache.oldGenerationBytes();
        assertTrue(old > 0 && old <= Runtime.getRuntime().maxMemory(), "old generation " + old);
        assertEquals(old / 8, cache(1_000_000, 4, Duration.ofSeconds(2)).budget());
        assertEquals(1024 * 1024, cache(1, 4, Duration.ofSeconds(2)).budget());
    }

    @Test
    void should_take_the_old_generation_from_the_pools_of_each_collector() {
        long heap = 96 * MB;
        assertEquals(48 * MB, RepresentationCache.oldGenerationBytes(List.of(pool("G1 Eden Space", MemoryType.HEAP, -1),
                pool("G1 Old Gen", MemoryType.HEAP, 48 * MB), pool("G1 Survivor Space", MemoryType.HEAP, -1)), heap));
        assertEquals(64 * MB, RepresentationCache.oldGenerationBytes(List.of(pool("PS Eden Space", MemoryType.HEAP,
                32 * MB), pool("PS Old Gen", MemoryType.HEAP, 64 * MB)), heap));
        assertEquals(40 * MB, RepresentationCache.oldGenerationBytes(List.of(pool("Eden Space", MemoryType.HEAP,
                16 * MB), pool("Tenured Gen", MemoryType.HEAP, 40 * MB)), heap));
        assertEquals(heap, RepresentationCache.oldGenerationBytes(List.of(pool("Shenandoah", MemoryType.HEAP, heap),
                pool("Metaspace", MemoryType.NON_HEAP, -1)), heap), "no generations: the whole heap");
        assertEquals(heap, RepresentationCache.oldGenerationBytes(List.of(pool("G1 Old Gen", MemoryType.HEAP, -1)),
                heap), "an old generation without a maximum: the whole heap");
        assertEquals(heap, RepresentationCache.oldGenerationBytes(List.of(pool("Old Metadata", MemoryType.NON_HEAP,
                8 * MB)), heap), "a pool outside the heap is no old generation");
    }

    @Test
    void should_answer_busy_when_no_turn_to_build_comes_in_time() throws Exception {
        RepresentationCache cache = cache(1, 1, Duration.ofMillis(200));
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RepresentationCache.Entry> slow = CompletableFuture
                .supplyAsync(() -> cache.get("slow", () -> {
                    building.countDown();
                    await(release);
                    return entry(new AtomicInteger());
                }));
        building.await(5, TimeUnit.SECONDS);
        ProblemException busy = assertThrows(ProblemException.class,
                () -> cache.get("other", () -> entry(new AtomicInteger())));
        assertEquals(503, busy.status());
        assertEquals("1", busy.retryAfter());
        release.countDown();
        slow.get(5, TimeUnit.SECONDS);
        AtomicInteger builds = new AtomicInteger();
        cache.get("other", () -> entry(builds));
        assertEquals(1, builds.get(), "a turn is free again once the build ends");
    }

    @Test
    void should_let_a_build_ask_for_another_answer_without_waiting_for_its_own_turn() {
        RepresentationCache cache = cache(1, 1, Duration.ofMillis(200));
        AtomicInteger builds = new AtomicInteger();
        cache.get("outer", () -> {
            cache.get("inner", () -> entry(builds));
            return entry(builds);
        });
        assertEquals(2, builds.get());
    }

    @Test
    void should_not_keep_an_answer_whose_build_began_before_the_cache_was_cleared() {
        RepresentationCache cache = cache(1, 4, Duration.ofSeconds(2));
        AtomicInteger builds = new AtomicInteger();
        RepresentationCache.Entry answered = cache.get("k", () -> {
            cache.clear(); // new data seen while this answer was read from the old
            return entry(builds);
        });
        assertNotNull(answered, "the request is still answered");
        assertNull(cache.peek("k"), "but the answer is not kept");
        cache.get("k", () -> entry(builds));
        assertEquals(2, builds.get());
        assertNotNull(cache.peek("k"), "a build after the clear is kept");
    }

    /** A memory pool as the JVM reports it: its name, whether it is heap, and its maximum (-1: none). */
    private static MemoryPoolMXBean pool(String name, MemoryType type, long max) {
        return (MemoryPoolMXBean) Proxy.newProxyInstance(MemoryPoolMXBean.class.getClassLoader(),
                new Class<?>[]{MemoryPoolMXBean.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getType" -> type;
                    case "getUsage" -> new MemoryUsage(-1, 0, 0, max);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RepresentationCache.Entry entry(AtomicInteger builds) {
        builds.incrementAndGet();
        return new RepresentationCache.Entry(new byte[ENTRY_BYTES], false, "\"e\"", "application/json", Map.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RepresentationCache cache(int megabytes, int concurrentBuilds, Duration queueTimeout) {
        RepresentationCache cache = new RepresentationCache();
        cache.config = new HttpConfig() {
            @Override
            public String cacheControl() {
                return "public, max-age=60";
            }

            @Override
            public int representationCacheMegabytes() {
                return megabytes;
            }

            @Override
            public int concurrentBuilds() {
                return concurrentBuilds;
            }

            @Override
            public Duration buildQueueTimeout() {
                return queueTimeout;
            }

            @Override
            public int gzipMinimumBytes() {
                return 1024;
            }
        };
        cache.init();
        return cache;
    }
}
