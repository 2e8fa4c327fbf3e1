package kr.civicdata.api.web.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the OpenAPI document ({@code quarkus.smallrye-openapi.path}) from bytes written at its first request, instead
 * of at every start. Quarkus writes the document as JSON and as YAML while the application starts, after running
 * {@link OpenApiFilter} on the stored one: work (and JIT compilation of it) on the start's one core before the replica
 * is ready, for a document few clients ask for (docs/performance.md, "Where the start goes"). With
 * {@code quarkus.smallrye-openapi.always-run-filter} Quarkus writes it at each request instead, and this handler asks
 * it once per format and keeps the bytes. The answer is the one Quarkus's own handler sends (the format chosen from the
 * path's suffix, then {@code Accept}, then {@code format}; the same bytes and Content-Type), which still answers
 * {@code OPTIONS}.
 */
@ApplicationScoped
class ContractDocument {

    /** After the rate limiter and the request checks, before Quarkus's handler of the document. */
    static final int ROUTE_ORDER = -40;

    @Inject
    OpenApiDocumentService documents;

    @ConfigProperty(name = "quarkus.smallrye-openapi.path")
    String path;

    private final Map<Format, Buffer> written = new ConcurrentHashMap<>();

    void init(@Observes Router router) {
        // Quarkus's routes: the path, with .json, .yaml or .yml, and a trailing slash.
        router.routeWithRegex(Pattern.quote(path) + "(\\.json|\\.yaml|\\.yml)?/?").order(ROUTE_ORDER)
                .blockingHandler(this::handle, false);
    }

    private void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        Format format = format(context);
        // The first request of a format writes it (on this worker thread); the ones that come meanwhile wait for it.
        Buffer body = written.computeIfAbsent(format,
                f -> Buffer.buffer(documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, f)));
        context.response().putHeader("Content-Type", format.getMimeType() + ";charset=UTF-8").end(body);
    }

    /** As Quarkus's handler chooses: a .json, .yaml or .yml path, else JSON when Accept or format asks for it. */
    private static Format format(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.endsWith(".json")) {
            return Format.JSON;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return Format.YAML;
        }
        String accept = context.request().getHeader("Accept");
        String format = context.queryParam("format").isEmpty() ? null : context.queryParam("format").get(0);
        return accept != null && accept.contains(Format.JSON.getMimeType()) || "JSON".equalsIgnoreCase(format)
                ? Format.JSON
                : Format.YAML;
    }
}
