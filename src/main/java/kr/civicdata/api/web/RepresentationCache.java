package kr.civicdata.api.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * Ready-to-send representations, keyed by everything that selects them (path, canonical parameters, format, page).
 * A hit sends stored bytes: no query, no serialisation. Bounded by memory, least recently used out first.
 *
 * <p>
 * Beside them, the raw requests already answered from an entry ({@link FastPath} aliases: the request line and the
 * Accept header as received, with the data version), so that a repeated request finds its entry before any JAX-RS
 * parameter parsing. An alias points at an entry's key, never holds the entry: an evicted entry is gone for both.
 */
@ApplicationScoped
public class RepresentationCache {

    /** The bytes of one answer and everything needed to send or revalidate it. */
    public record Entry(byte[] body, byte[] gzipped, String etag, String gzipEtag, String contentType,
            Map<String, String> headers, Buffer bodyBuffer, Buffer gzippedBuffer) {

        public Entry(byte[] body, byte[] gzipped, String etag, String gzipEtag, String contentType,
                Map<String, String> headers) {
            this(body, gzipped, etag, gzipEtag, contentType, headers, wrap(body), wrap(gzipped));
        }

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
        }

        /** The bytes as a Vert.x buffer that every response slices: written without a copy or a new array. */
        private static Buffer wrap(byte[] bytes) {
            return bytes == null ? null : Buffer.buffer(Unpooled.wrappedBuffer(bytes));
        }
    }

    /** Where an answered raw request led: the entry's key, and the URL template the metrics name the request by. */
    record Alias(String key, String urlTemplate) {

        int weight() {
            return 2 * (key.length() + (urlTemplate == null ? 0 : urlTemplate.length())) + 64;
        }
    }

    @Inject
    HttpConfig config;

    private Cache<String, Entry> cache;
    private Cache<String, Alias> aliases;

    @PostConstruct
    void init() {
        long budget = (long) config.representationCacheMegabytes() * 1024 * 1024;
        cache = Caffeine.newBuilder()
                .maximumWeight(budget)
                .weigher((String key, Entry entry) -> entry.weight())
                .build();
        // Aliases are small; an eighth of the budget holds tens of thousands of them.
        aliases = Caffeine.newBuilder()
                .maximumWeight(budget / 8)
                .weigher((String raw, Alias alias) -> 2 * raw.length() + alias.weight())
                .build();
    }

    /** The stored entry, or the built one stored; a builder that throws stores nothing. */
    public Entry get(String key, Supplier<Entry> builder) {
        Entry entry = cache.getIfPresent(key);
        if (entry == null) {
            entry = builder.get();
            cache.put(key, entry);
        }
        return entry;
    }

    /** The stored entry, if any. */
    Entry peek(String key) {
        return cache.getIfPresent(key);
    }

    Alias alias(String raw) {
        return aliases.getIfPresent(raw);
    }

    void remember(String raw, Alias alias) {
        aliases.put(raw, alias);
    }

    public void clear() {
        cache.invalidateAll();
        aliases.invalidateAll();
    }
}
