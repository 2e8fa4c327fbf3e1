package kr.civicdata.api.web.guard;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.web.problem.Problems;

/**
 * Limits the requests of each client with a token bucket ({@link TokenBuckets}) and answers 429 when its bucket is
 * empty. Every answer it lets through carries the {@code RateLimit-*} header fields of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers), so that clients can slow down before they are refused.
 *
 * <p>
 * A Vert.x route of the lowest order of the application, so that it runs before anything else that answers: the
 * REST resources, the OpenAPI document, the metrics and any faster path to stored representations. The health
 * checks ({@code /q/health} and below) are never limited: an orchestrator's probe must not be refused. The metrics
 * ({@code /q/metrics}) are limited like the API: a scraper asks a few times a minute, and they are public.
 */
@ApplicationScoped
class RateLimiter {

    /** The order of the route: below every route of Quarkus's own but its header and access-log handlers. */
    public static final int ROUTE_ORDER = -1000;

    // Header names made once, as Netty writes them without encoding them again for every answer.
    private static final CharSequence X_FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private static final CharSequence POLICY = HttpHeaders.createOptimized("RateLimit-Policy");

    /** Header fields the limiter sends; CORS exposes them to scripts. */
    public static final List<String> HEADERS = Stream.of(LIMIT, REMAINING, RESET, POLICY, "Retry-After")
            .map(CharSequence::toString)
            .toList();

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final String HEALTH = "/q/health";

    @Inject
    RateLimitConfig config;

    @Inject
    ObjectMapper mapper;

    private TokenBuckets buckets;
    private ClientAddresses clients;
    private CharSequence policy;
    private CharSequence limit;

    void init(@Observes Router router) {
        if (!config.enabled()) {
            LOG.info("Rate limiting is off (app.rate-limit.enabled=false)");
            return;
        }
        buckets = new TokenBuckets(config.capacity(), config.refillPerSecond(), config.maxClients(),
                System::nanoTime);
        clients = new ClientAddresses(config.trustedProxies().orElse(List.of()));
        policy = HttpHeaders.createOptimized(buckets.policy());
        limit = HttpHeaders.createOptimized(Integer.toString(config.capacity()));
        router.route().order(ROUTE_ORDER).handler(this::handle);
        LOG.infof("Rate limit per client: %d requests at once, %s per second after that; trusted proxies: %s",
                config.capacity(), perSecond(), config.trustedProxies().orElse(List.of()));
    }

    void handle(RoutingContext context) {
        if (exempt(context)) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        // The TCP peer, as ClientAddresses expects it: the connection's, which vert.x-web's request wrapper does not
        // run through its Forwarded-header parser first.
        HttpConnection connection = request.connection();
        SocketAddress peer = connection != null ? connection.remoteAddress() : request.remoteAddress();
        MultiMap requestHeaders = request.headers();
        String client = clients.clientKey(peer == null ? null : peer.hostAddress(),
                requestHeaders.contains(X_FORWARDED_FOR) ? requestHeaders.getAll(X_FORWARDED_FOR) : List.of());
        TokenBuckets.Decision decision = buckets.take(client);
        MultiMap headers = context.response().headers();
        headers.set(LIMIT, limit);
        headers.set(REMAINING, Integer.toString(decision.remaining()));
        headers.set(RESET, Long.toString(decision.resetSeconds()));
        headers.set(POLICY, policy);
        if (decision.allowed()) {
            context.next();
            return;
        }
        Refusals.send(context, mapper, Problems.of(429, "too-many-requests", "Too many requests",
                "This client sent more requests than the limit of " + config.capacity() + " at once and "
                        + perSecond() + " per second; retry after " + decision.retryAfterSeconds() + " second(s).",
                null), Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
    }

    /** 500, not 500.0; 0.5 stays 0.5. */
    private String perSecond() {
        double rate = config.refillPerSecond();
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    /** The health checks, also when reached through dot segments ({@code /q/health/../../api/v1/...} is not). */
    private static boolean exempt(RoutingContext context) {
        String path;
        try {
            path = context.normalizedPath();
        } catch (IllegalArgumentException e) {
            return false; // an invalid escape: RequestLimits refuses it next
        }
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }
}
