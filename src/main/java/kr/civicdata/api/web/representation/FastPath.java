package kr.civicdata.api.web.representation;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a repeated GET or HEAD of the API on the Vert.x event loop, from the representation cache: no worker
 * thread, no JAX-RS, no parameter parsing, no serialisation, no SQL. A request is repeated when the same request
 * line and Accept header were answered before from a cached representation of the current data (the cache keeps
 * these aliases: {@link RepresentationCache#unanswered}, {@link RepresentationCache#answered}); anything else, or a
 * cached representation since evicted, falls through to JAX-RS, which answers and tells the cache.
 *
 * <p>
 * The answer is the one {@link Representations} would send: the same bytes, and the same headers, 200/304 decision
 * and gzip choice, which both take from {@link AnswerHeaders}. Quarkus's own handlers (CORS, the configured headers)
 * run before this one, so their headers are there too.
 */
@ApplicationScoped
class FastPath {

    /**
     * Route order on the main router: after Quarkus's header and CORS handlers ({@code Integer.MIN_VALUE} and about
     * -300), before REST ({@code 10_000}). A handler that must see every request before anything answers it (a rate
     * limiter, a request-size check) takes a lower number; the room below is theirs.
     */
    public static final int ROUTE_ORDER = -50;

    /** Sets a header on a Vert.x response; one instance for every request. */
    private static final AnswerHeaders.Writer<MultiMap> VERTX = MultiMap::set;

    @Inject
    RepresentationCache cache;

    @Inject
    DataVersion dataVersion;

    @Inject
    HttpConfig config;

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    void init(@Observes Router router, MeterRegistry registry) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::handle);
        FunctionCounter.builder("app.representations.fast.path", hits, LongAdder::sum)
                .description("API requests answered from a cached representation on the event loop")
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder("app.representations.fast.path", misses, LongAdder::sum)
                .description("API GET and HEAD requests passed on to JAX-RS").tag("result", "miss")
                .register(registry);
    }

    /** Requests answered here, since start. */
    public long hits() {
        return hits.sum();
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        DataVersion.Snapshot data = dataVersion.current();
        String alias = alias(data.key(), request);
        RepresentationCache.Alias target = cache.alias(alias);
        RepresentationCache.Entry entry = target == null ? null : cache.peek(target.key());
        boolean gzip = entry != null && AnswerHeaders.gzip(entry, header(request, HttpHeaders.ACCEPT_ENCODING));
        // A gzip form not made yet is made on a worker thread, never on the event loop.
        if (entry == null || gzip && entry.gzippedBuffer() == null) {
            misses.increment();
            cache.unanswered(context, alias);
            context.next();
            return;
        }
        hits.increment();
        target.nameCurrentRequest();
        respond(request, context.response(), method == HttpMethod.HEAD, gzip, entry, data);
    }

    private void respond(HttpServerRequest request, HttpServerResponse response, boolean head, boolean gzip,
            RepresentationCache.Entry entry, DataVersion.Snapshot data) {
        boolean notModified = AnswerHeaders.notModified(header(request, HttpHeaders.IF_NONE_MATCH),
                header(request, HttpHeaders.IF_MODIFIED_SINCE), AnswerHeaders.etag(entry, gzip), data.loadedAt());
        MultiMap headers = response.headers();
        AnswerHeaders.write(headers, VERTX, entry, gzip, notModified, data, config.cacheControl());
        if (notModified) {
            response.setStatusCode(304).end();
        } else if (head) {
            headers.set(HttpHeaders.CONTENT_LENGTH,
                    Integer.toString(gzip ? entry.gzipped().length : entry.body().length));
            response.end();
        } else {
            response.end(gzip ? entry.gzippedBuffer() : entry.bodyBuffer());
        }
    }

    /** Everything of a request that selects its representation before the conditional and encoding headers. */
    private static String alias(String generation, HttpServerRequest request) {
        String accept = header(request, HttpHeaders.ACCEPT);
        return generation + '\n' + request.uri() + '\n' + (accept == null ? "" : accept);
    }

    /** A header's values joined with commas, as JAX-RS reads them; null when absent. */
    private static String header(HttpServerRequest request, CharSequence name) {
        MultiMap headers = request.headers();
        String first = headers.get(name);
        if (first == null) {
            return null;
        }
        List<String> all = headers.getAll(name);
        return all.size() == 1 ? first : String.join(",", all);
    }
}
