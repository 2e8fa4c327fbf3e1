package kr.civicdata.api.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Ready-to-send representations, keyed by everything that selects them (path, canonical parameters, format, page).
 * A hit sends stored bytes: no query, no serialisation. Bounded by memory, least recently used out first.
 */
@ApplicationScoped
public class RepresentationCache {

    /** The bytes of one answer and everything needed to send or revalidate it. */
    public record Entry(byte[] body, byte[] gzipped, String etag, String gzipEtag, String contentType,
            Map<String, String> headers) {

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
        }
    }

    @Inject
    HttpConfig config;

    private Cache<String, Entry> cache;

    @PostConstruct
    void init() {
        cache = Caffeine.newBuilder()
                .maximumWeight((long) config.representationCacheMegabytes() * 1024 * 1024)
                .weigher((String key, Entry entry) -> entry.weight())
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

    public void clear() {
        cache.invalidateAll();
    }
}
