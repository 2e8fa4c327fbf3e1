package kr.civicdata.api.web.representation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.db.query.Where;

/**
 * Answers a repeated GET or HEAD of the API on the Vert.x event loop, from the representation cache: no worker
 * thread, no JAX-RS, no parameter parsing, no serialisation, no SQL. A request is repeated when the same request
 * line and Accept header were answered before from a cached representation of the current data
 * ({@link Representations} tells this class so, through the request's routing context); anything else, or a cached
 * representation since evicted, falls through to JAX-RS, which answers and tells again.
 *
 * <p>
 * The answer is the one {@link Representations} would send: the same bytes, the same headers, the same 200/304
 * decision and gzip choice (both classes use {@link Representations#notModified} and
 * {@link Representations#acceptsGzip}). Quarkus's own handlers (CORS, the configured headers) run before this one,
 * so their headers are there too.
 */
@ApplicationScoped
class FastPath {

    /**
     * Route order on the main router: after Quarkus's header and CORS handlers ({@code Integer.MIN_VALUE} and about
     * -300), before REST ({@code 10_000}). A handler that must see every request before anything answers it (a rate
     * limiter, a request-size check) takes a lower number; the room below is theirs.
     */
    public static final int ROUTE_ORDER = -50;

    /** Routing-context key of the alias of a request this class could not answer; read back by {@link #remember}. */
    private static final String ALIAS = FastPath.class.getName() + ".alias";
    /** Where Quarkus REST leaves the matched URL template, and where the HTTP metrics read it. */
    private static final String URL_TEMPLATE = "UrlPathTemplate";

    @Inject
    RepresentationCache cache;

    @Inject
    DataVersion dataVersion;

    @Inject
    HttpConfig config;

    @Inject
    CurrentVertxRequest currentRequest;

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
        boolean gzip = entry != null && entry.gzippable()
                && Representations.acceptsGzip(header(request, HttpHeaders.ACCEPT_ENCODING));
        // A gzip form not made yet is made on a worker thread, never on the event loop.
        if (entry == null || gzip && entry.gzippedBuffer() == null) {
            misses.increment();
            context.put(ALIAS, alias);
            context.next();
            return;
        }
        hits.increment();
        if (target.urlTemplate() != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_TEMPLATE, target.urlTemplate());
        }
        respond(request, context.response(), method == HttpMethod.HEAD, gzip, entry, data);
    }

    private void respond(HttpServerRequest request, HttpServerResponse response, boolean head, boolean gzip,
            RepresentationCache.Entry entry, DataVersion.Snapshot data) {
        String etag = gzip ? entry.gzipEtag() : entry.etag();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(HttpHeaders.LAST_MODIFIED, data.httpDate());
        headers.set(HttpHeaders.CACHE_CONTROL, config.cacheControl());
        headers.set(HttpHeaders.VARY, Representations.VARY);
        if (Representations.notModified(header(request, HttpHeaders.IF_NONE_MATCH),
                header(request, HttpHeaders.IF_MODIFIED_SINCE), etag, data.loadedAt())) {
            response.setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, entry.contentType());
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        for (Map.Entry<String, String> header : entry.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        if (head) {
            headers.set(HttpHeaders.CONTENT_LENGTH,
                    Integer.toString(gzip ? entry.gzipped().length : entry.body().length));
            response.end();
        } else {
            response.end(gzip ? entry.gzippedBuffer() : entry.bodyBuffer());
        }
    }

    /**
     * Called by {@link Representations} when JAX-RS answered the current request from the cached representation with
     * this key: the same request is answered here from now on, as long as the generation of the data and the entry
     * last.
     */
    void remember(String generation, String key) {
        RoutingContext context = currentRequest.getCurrent();
        String alias = context == null ? null : context.get(ALIAS);
        // A request that began under another generation of the data must not lead to this one's entry, nor the
        // reverse; an entry the cache did not keep is not worth an alias.
        if (alias == null || !alias.startsWith(generation + '\n') || cache.peek(key) == null) {
            return;
        }
        String template = null;
        if (context.request() instanceof HttpServerRequestInternal internal) {
            Context requestContext = internal.context();
            if (requestContext.getLocal(URL_TEMPLATE) instanceof String value) {
                template = value;
            }
        }
        cache.remember(alias, new RepresentationCache.Alias(key, template));
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
