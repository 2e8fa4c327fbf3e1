package kr.civicdata.api.web.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers of the front page at {@code /} ({@code index.html} and {@code assets/} under
 * {@code META-INF/resources}): a strict Content-Security-Policy, scoped to the page and its assets because Swagger UI
 * under {@code /q} needs inline scripts; no referrer; and {@code no-cache}, as the asset names carry no version, so
 * the browser revalidates them (a cheap 304 on Last-Modified) and never mixes old and new files.
 *
 * <p>
 * A route that compares the path, not a {@code quarkus.http.filter} with a regular expression: that expression ran
 * on every request, the API's included, before anything answered it.
 */
@ApplicationScoped
class FrontPageHeaders {

    /**
     * After {@link RequestLimits}: the path is read decoded, which throws on an invalid escape ({@code /%zz}) that
     * RequestLimits answers with a problem first.
     */
    public static final int ROUTE_ORDER = -900;

    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence POLICY = HttpHeaders.createOptimized("default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

    void init(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(FrontPageHeaders::handle);
    }

    private static void handle(RoutingContext context) {
        if (isFrontPage(context.normalizedPath())) {
            MultiMap headers = context.response().headers();
            headers.set(CONTENT_SECURITY_POLICY, POLICY);
            headers.set(REFERRER_POLICY, NO_REFERRER);
            headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        }
        context.next();
    }

    /** The page and its assets: {@code /}, {@code /index.html} and everything under {@code /assets/}. */
    static boolean isFrontPage(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/assets/");
    }
}
