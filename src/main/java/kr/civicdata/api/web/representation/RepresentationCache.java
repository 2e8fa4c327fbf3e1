package kr.civicdata.api.web.representation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.web.problem.ProblemException;

/**
 * Ready-to-send representations, keyed by everything that selects them (path, canonical parameters, format, page).
 * A hit sends stored bytes: no query, no serialisation. Bounded by memory; beyond half of it, only answers asked for
 * twice are kept ({@link #keep}). At most {@link HttpConfig#concurrentBuilds()} answers are built at once, the others
 * waiting their turn in order. Only answers are stored: a build that fails (a 404 for an unknown id, a 400, a
 * database that cannot answer) leaves nothing behind and logs nothing, as its exception is the request's answer.
 *
 * <p>
 * Beside them, the raw requests already answered from an entry ({@link FastPath} aliases: the request line and the
 * Accept header as received, with the data version), so that a repeated request finds its entry before any JAX-RS
 * parameter parsing. An alias points at an entry's key, never holds the entry: an evicted entry is gone for both. The
 * cache owns the hand-off that makes them: {@link FastPath} tells it which raw request it passed on
 * ({@link #unanswered}), {@link Representations} which entry answered that request ({@link #answered}).
 */
@ApplicationScoped
public class RepresentationCache {

    /**
     * The bytes of one answer and everything needed to send or revalidate it. The gzip form is made when a client
     * first asks for it: most answers of an uncached query are asked for once, by one client, and a gzip of tens of
     * kilobytes costs more CPU than the query.
     */
    public static final class Entry {

        private final byte[] body;
        private final Buffer bodyBuffer;
        private final boolean gzippable;
        private final String etag;
        private final String gzipEtag;
        private final String contentType;
        private final Map<String, String> headers;
        private volatile byte[] gzipped;
        private volatile Buffer gzippedBuffer;

        /**
         * @param gzippable whether the body is worth a gzip form
         * @param etag the ETag of the body; the gzip form's is derived from it
         */
        public Entry(byte[] body, boolean gzippable, String etag, String contentType, Map<String, String> headers) {
            this.body = body;
            this.bodyBuffer = Buffer.buffer(Unpooled.wrappedBuffer(body));
            this.gzippable = gzippable;
            this.etag = etag;
            this.gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
            this.contentType = contentType;
            this.headers = headers;
        }

        public byte[] body() {
            return body;
        }

        /** The body as a Vert.x buffer that every response slices: written without a copy or a new array. */
        public Buffer bodyBuffer() {
            return bodyBuffer;
        }

        public boolean gzippable() {
            return gzippable;
        }

        /** The gzip form, made on first use; null when the body is too small to be worth it. */
        public byte[] gzipped() {
            if (!gzippable) {
                return null;
            }
            byte[] bytes = gzipped;
            if (bytes == null) {
                synchronized (this) {
                    bytes = gzipped;
                    if (bytes == null) {
                        bytes = gzip(body);
                        gzippedBuffer = Buffer.buffer(Unpooled.wrappedBuffer(bytes));
                        gzipped = bytes;
                    }
                }
            }
            return bytes;
        }

        /** The gzip form as a buffer, or null while it is not made yet (or never will be). */
        public Buffer gzippedBuffer() {
            return gzipped == null ? null : gzippedBuffer;
        }

        public String etag() {
            return etag;
        }

        public String gzipEtag() {
            return gzipEtag;
        }

        public String contentType() {
            return contentType;
        }

        public Map<String, String> headers() {
            return headers;
        }

        int weight() {
            byte[] zipped = gzipped;
            return body.length + (zipped == null ? 0 : zipped.length) + 256;
        }

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Where an answered raw request led: the entry's key, and the URL template the metrics name the request by. */
    record Alias(String key, String urlTemplate) {

        int weight() {
            return 2 * (key.length() + (urlTemplate == null ? 0 : urlTemplate.length())) + 64;
        }

        /**
         * Names the request being answered, on its event loop, by the URL template of the request this alias was
         * made from, where Quarkus REST would have left it: the HTTP metrics count it under its endpoint, as if REST
         * had answered it.
         */
        void nameCurrentRequest() {
            Context context = Vertx.currentContext();
            if (urlTemplate != null && context != null && VertxContext.isDuplicatedContext(context)) {
                context.putLocal(URL_TEMPLATE, urlTemplate);
            }
        }
    }

    /**
     * A request {@link FastPath} passed on: the alias it looked for, and the request's Vert.x context, where Quarkus
     * REST leaves the URL template it matched.
     */
    private record Unanswered(String alias, Context requestContext) {
    }

    /** Routing-context key of the {@link Unanswered} of a request; read back by {@link #answered}. */
    private static final String UNANSWERED = RepresentationCache.class.getName() + ".unanswered";
    /** Where Quarkus REST leaves the matched URL template in a request's context, and where the HTTP metrics read it. */
    private static final String URL_TEMPLATE = "UrlPathTemplate";

    private static final Logger LOG = Logger.getLogger(RepresentationCache.class);

    @Inject
    HttpConfig config;

    @Inject
    CurrentVertxRequest currentRequest;

    /** Slots of {@link #builtOnce}: the last tens of thousands of distinct keys built and not kept. */
    private static final int BUILT_ONCE_SLOTS = 1 << 16;

    private Cache<String, Entry> cache;
    private Cache<String, Alias> aliases;
    private long budget;
    /**
     * Fingerprints of keys built once and not kept, each in the slot its fingerprint picks (a newer key takes the slot
     * of an older one). A key built again while its fingerprint is still here is kept. Plain reads and writes: a race
     * costs at most one build more, or one entry kept too early.
     */
    private final long[] builtOnce = new long[BUILT_ONCE_SLOTS];
    /**
     * The builds running now, kept or not, so that requests for an answer being built wait for it. Not in the cache:
     * Caffeine logs a warning for every future it holds that fails, and a failed build is a client's 404 as often as
     * not; nor are builds that will not be kept ever put there (see {@link #get}).
     */
    private final ConcurrentMap<String, CompletableFuture<Entry>> building = new ConcurrentHashMap<>();
    /**
     * Counts the calls of {@link #clear}: an entry whose build began before one is not kept, for it may come from the
     * data that the clear dropped (a PostgreSQL replica that had not replayed a new load yet, see
     * {@link DataVersion#refresh}).
     */
    private final AtomicLong clears = new AtomicLong();
    /** Turns to build, handed out first come first served. */
    private Semaphore builds;
    /** Whether this thread holds a turn, so that a build asking for another entry never waits for itself. */
    private static final ThreadLocal<Boolean> BUILDING = new ThreadLocal<>();

    @PostConstruct
    void init() {
        // At most an eighth of the old generation, where kept entries end up, whatever is configured: a small heap is
        // left room to work in. With the production launch (96 MB, 48 of them young) an eighth of the whole heap was
        // a quarter of the old generation, and with the national-scale data's own 36 MB the old generation was full
        // after every collection: at 64 connections 64 full collections in 15 s (src/bench).
        budget = Math.min((long) config.representationCacheMegabytes() * 1024 * 1024, oldGenerationBytes() / 8);
        int turns = config.concurrentBuilds() > 0
                ? config.concurrentBuilds()
                : 2 * Runtime.getRuntime().availableProcessors();
        builds = new Semaphore(turns, true);
        LOG.infof("Representation cache: up to %d MB; %d builds at once", budget / (1024 * 1024), turns);
        // Upkeep (sizes, evictions) on the calling thread, as for the token buckets: handed to the common pool, each
        // request woke one of its threads, and those wake-ups and their context switches cost uncached requests
        // several percent of the one core in a profile (src/bench).
        cache = Caffeine.newBuilder()
                .maximumWeight(budget)
                .weigher((String key, Entry entry) -> entry.weight())
                .executor(Runnable::run)
                .build();
        // Aliases are small; an eighth of the budget holds tens of thousands of them.
        aliases = Caffeine.newBuilder()
                .maximumWeight(budget / 8)
                .weigher((String raw, Alias alias) -> 2 * raw.length() + alias.weight())
                .executor(Runnable::run)
                .build();
    }

    /** The bytes of answers it keeps at most. */
    long budget() {
        return budget;
    }

    /** The most the old generation of this JVM can hold (the whole heap for a collector without generations). */
    static long oldGenerationBytes() {
        return oldGenerationBytes(ManagementFactory.getMemoryPoolMXBeans(), Runtime.getRuntime().maxMemory());
    }

    /**
     * The most the old generation can hold, from the JVM's memory pools: the maximum of the heap pool named old or
     * tenured (G1, Parallel, Serial, generational ZGC), else the whole heap (Shenandoah, non-generational ZGC, or an
     * old generation without a maximum).
     */
    static long oldGenerationBytes(List<MemoryPoolMXBean> pools, long heap) {
        for (MemoryPoolMXBean pool : pools) {
            String name = pool.getName();
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old") || name.contains("Tenured")) && max > 0) {
                return max;
            }
        }
        return heap;
    }

    /**
     * The stored entry, or the one built now and stored if it is worth keeping (see {@link #keep}). Requests that ask
     * for an entry being built wait for it instead of building it again (many dashboards asking for the same page
     * after a restart or new data run its queries once), and fail alike if the build fails; a failed build stores
     * nothing. An entry that is not kept is never put in the cache: put there and taken out again, it would stay
     * reachable from the cache's bookkeeping until that runs, long enough for the garbage collector to copy it into
     * the old generation.
     */
    public Entry get(String key, Supplier<Entry> builder) {
        Entry stored = cache.getIfPresent(key);
        return stored != null ? stored : buildOnce(key, builder);
    }

    /** The entry of the key, built now once for all the requests that ask for it at the same time. */
    private Entry buildOnce(String key, Supplier<Entry> builder) {
        while (true) {
            CompletableFuture<Entry> pending = new CompletableFuture<>();
            CompletableFuture<Entry> existing = building.putIfAbsent(key, pending);
            if (existing == null) {
                try {
                    // Stored by a build that ended between this request's look into the cache and now?
                    Entry entry = cache.getIfPresent(key);
                    if (entry == null) {
                        boolean kept = keep(key);
                        long clearsBefore = clears.get();
                        entry = build(builder);
                        if (kept) {
                            cache.put(key, entry);
                            if (clears.get() != clearsBefore) { // after the put: a clear in between is seen here
                                cache.asMap().remove(key, entry);
                            }
                        }
                    }
                    pending.complete(entry);
                    return entry;
                } catch (RuntimeException | Error e) {
                    pending.completeExceptionally(e);
                    throw e;
                } finally {
                    building.remove(key, pending);
                }
            }
            if (existing.isCompletedExceptionally()) {
                building.remove(key, existing); // a failure of the past is not kept: build again
                continue;
            }
            return join(existing);
        }
    }

    private static Entry join(CompletableFuture<Entry> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Whether to keep an entry about to be built. Always while the cache is less than half full; beyond, only an entry
     * built a second time: most answers of a query with filters no one else uses are asked for once (a journalist's
     * search, a crawler), and keeping each of them would push the answers asked for again and again out of memory,
     * and make the garbage collector copy and scan bodies no one will read. A dashboard's page is kept from its second
     * request.
     */
    private boolean keep(String key) {
        if (cache.policy().eviction().orElseThrow().weightedSize().orElse(0) < budget / 2) {
            return true;
        }
        long fingerprint = fingerprint(key);
        int slot = (int) (fingerprint >>> 40) & (BUILT_ONCE_SLOTS - 1);
        if (builtOnce[slot] == fingerprint) {
            return true;
        }
        builtOnce[slot] = fingerprint;
        return false;
    }

    /** 64-bit FNV-1a of the key's characters. */
    private static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** Runs the builder in its turn; a 503 problem when no turn comes within the queue timeout. */
    private Entry build(Supplier<Entry> builder) {
        if (BUILDING.get() != null) {
            return builder.get();
        }
        boolean turn;
        try {
            turn = builds.tryAcquire(config.buildQueueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw ProblemException.busy();
        }
        BUILDING.set(Boolean.TRUE);
        try {
            return builder.get();
        } finally {
            BUILDING.remove();
            builds.release();
        }
    }

    /** The stored entry, if there is one; never waits (the event loop calls it). */
    Entry peek(String key) {
        return cache.getIfPresent(key);
    }

    /** Counts the entry's weight again, after its gzip form was made. */
    void reweigh(String key, Entry entry) {
        cache.asMap().replace(key, entry, entry);
    }

    /** Where a raw request answered before leads, if it is still known; never waits (the event loop calls it). */
    Alias alias(String raw) {
        return aliases.getIfPresent(raw);
    }

    /**
     * Called by {@link FastPath}, on the event loop, for a request it could not answer and passes on: the alias it
     * looked for is kept with the request, for {@link #answered}.
     */
    void unanswered(RoutingContext request, String alias) {
        request.put(UNANSWERED, new Unanswered(alias, Vertx.currentContext()));
    }

    /**
     * Called by {@link Representations} when it answered the current request from the entry with this key: the same
     * raw request leads to that entry from now on, and {@link FastPath} answers it, as long as the generation of the
     * data and the entry last. A request that began under another generation must not lead to this one's entry, nor
     * the reverse; an entry not kept is not worth an alias.
     */
    void answered(String generation, String key) {
        RoutingContext request = currentRequest.getCurrent();
        Unanswered unanswered = request == null ? null : request.get(UNANSWERED);
        if (unanswered == null || !unanswered.alias().startsWith(generation + '\n') || peek(key) == null) {
            return;
        }
        Context context = unanswered.requestContext();
        String template = context != null && context.getLocal(URL_TEMPLATE) instanceof String value ? value : null;
        aliases.put(unanswered.alias(), new Alias(key, template));
    }

    /** Applies the pending bookkeeping now (sizes, evictions), which otherwise runs shortly after; for tests. */
    void cleanUp() {
        cache.cleanUp();
    }

    public void clear() {
        clears.incrementAndGet();
        cache.invalidateAll();
        aliases.invalidateAll();
    }
}
