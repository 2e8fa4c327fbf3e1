package kr.civicdata.api.web.representation;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.vertx.core.http.HttpHeaders;

/**
 * How an answer kept in {@link RepresentationCache} is sent: whether in gzip, whether as a 304, and its headers. Decided
 * and written here once, for both ways of sending it: {@link Representations} through JAX-RS and {@link FastPath} on
 * the event loop, so that a repeated request gets the same answer whichever of them sends it.
 */
final class AnswerHeaders {

    /** Sets one header on the answer being built: a JAX-RS response builder, or a Vert.x response's headers. */
    @FunctionalInterface
    interface Writer<T> {
        void set(T answer, CharSequence name, String value);
    }

    // Names made once, kept as Vert.x writes them fastest; written as HTTP spells them.
    private static final CharSequence ETAG = HttpHeaders.createOptimized("ETag");
    private static final CharSequence LAST_MODIFIED = HttpHeaders.createOptimized("Last-Modified");
    private static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("Cache-Control");
    private static final CharSequence VARY = HttpHeaders.createOptimized("Vary");
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence CONTENT_ENCODING = HttpHeaders.createOptimized("Content-Encoding");
    /** What selects an API answer besides its URL: the format (Accept) and the encoding (Accept-Encoding). */
    private static final String VARY_VALUE = "Accept, Accept-Encoding";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private AnswerHeaders() {
    }

    /** Whether to send the entry's gzip form, given the request's Accept-Encoding (values joined with commas). */
    static boolean gzip(RepresentationCache.Entry entry, String acceptEncoding) {
        return entry.gzippable() && acceptsGzip(acceptEncoding);
    }

    /** The ETag of the form sent. */
    static String etag(RepresentationCache.Entry entry, boolean gzip) {
        return gzip ? entry.gzipEtag() : entry.etag();
    }

    /**
     * Writes every header of the answer: the validators and caching headers of both a 200 and a 304, and for a 200
     * the type, the encoding and the entry's own headers (paging, total, file name).
     */
    static <T> void write(T answer, Writer<T> writer, RepresentationCache.Entry entry, boolean gzip,
            boolean notModified, DataVersion.Snapshot data, String cacheControl) {
        writer.set(answer, ETAG, etag(entry, gzip));
        writer.set(answer, LAST_MODIFIED, data.httpDate());
        writer.set(answer, CACHE_CONTROL, cacheControl);
        writer.set(answer, VARY, VARY_VALUE);
        if (notModified) {
            return;
        }
        writer.set(answer, CONTENT_TYPE, entry.contentType());
        if (gzip) {
            writer.set(answer, CONTENT_ENCODING, "gzip");
        }
        for (Map.Entry<String, String> header : entry.headers().entrySet()) {
            writer.set(answer, header.getKey(), header.getValue());
        }
    }

    /**
     * RFC 9110 section 13.2.2: If-None-Match (weak comparison) wins over If-Modified-Since.
     *
     * @param ifNoneMatch the If-None-Match header (values joined with commas), or null
     * @param ifModifiedSince the If-Modified-Since header, or null
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            String opaque = etag.substring(etag.indexOf('"'));
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), HTTP_DATE).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored, as RFC 9110 requires
            }
        }
        return false;
    }

    /** Whether the Accept-Encoding header (values joined with commas) accepts gzip. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                return parts.length == 1 || !parts[1].strip().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
