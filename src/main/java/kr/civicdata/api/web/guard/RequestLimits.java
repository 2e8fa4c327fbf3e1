package kr.civicdata.api.web.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.web.problem.NotAllowedExceptionMapper;
import kr.civicdata.api.web.problem.Problems;

/**
 * Refuses, with a problem+json answer, every request whose target is too long, whose headers are too large, or whose
 * URL is not valid: characters that must be percent-encoded (raw non-ASCII bytes, spaces, control characters,
 * {@code < > " \ ^ ` { | }}), a {@code %} not followed by two hexadecimal digits, percent-encoded bytes that are not
 * UTF-8 or a control character in the path; and any method but GET, HEAD and OPTIONS. It runs right after
 * {@link RateLimiter}, before anything that reads the URL.
 *
 * <p>
 * Quarkus checks the URL itself before any route (with {@code java.net.URI}) and answers a bare, empty 400; the
 * system property {@value #DISABLE_QUARKUS_URI_CHECK}, which {@code Main} sets, turns that off so that this check,
 * stricter and with an explanation, is the one that answers.
 */
@ApplicationScoped
public class RequestLimits {

    /** Runs after the rate limiter, so that a flood of invalid requests is limited too. */
    public static final int ROUTE_ORDER = RateLimiter.ROUTE_ORDER + 10;
    public static final String DISABLE_QUARKUS_URI_CHECK = "vertx.disableURIValidation";

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    private static final String CHECKED = RequestLimits.class.getName();
    private static final String HINT = "Percent-encode it as UTF-8, as browsers and HTTP libraries do "
            + "(curl -G --data-urlencode 'q=인구').";

    @Inject
    LimitsConfig config;

    @Inject
    ObjectMapper mapper;

    void init(@Observes Router router) {
        // No MIME sniffing, on every answer the router gives, this one's included. A route without a path: Quarkus's
        // quarkus.http.header routes match a path, and matching a path with an invalid escape (/a%zz) throws before
        // any handler runs, which left such requests with Vert.x's bare 400.
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.response().putHeader("X-Content-Type-Options", "nosniff");
            context.next();
        });
        router.route().order(ROUTE_ORDER).handler(this::handle).failureHandler(this::handleRefusedBeforeRouting);
    }

    void warnIfQuarkusAnswersFirst(@Observes StartupEvent event) {
        if (!Boolean.getBoolean(DISABLE_QUARKUS_URI_CHECK)) {
            LOG.warnf("System property %s is not set: Quarkus answers requests with an invalid URL with an empty "
                    + "400 before this service sees them. Start the service through kr.civicdata.api.Main "
                    + "(java -jar) to answer them with a problem+json body.", DISABLE_QUARKUS_URI_CHECK);
        }
    }

    void handle(RoutingContext context) {
        context.put(CHECKED, Boolean.TRUE);
        HttpServerRequest request = context.request();
        String target = request.uri();
        if (target.length() > config.maxUrlLength()) {
            Refusals.send(context, mapper, Problems.of(414, "uri-too-long", "URI too long",
                    "The request URL is " + target.length() + " bytes long; at most " + config.maxUrlLength()
                            + " are accepted. Ask for fewer or shorter parameters.",
                    null), Map.of());
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerBytes > config.maxHeaderBytes()) {
            Refusals.send(context, mapper, Problems.of(400, "headers-too-large", "Request headers too large",
                    "The request headers take " + headerBytes + " bytes; at most " + config.maxHeaderBytes()
                            + " are accepted.",
                    null), Map.of());
            return;
        }
        String invalid = whyInvalid(target);
        if (invalid != null) {
            Refusals.send(context, mapper, Problems.of(400, "invalid-url", "Invalid URL",
                    "The request URL is not valid: " + invalid, null), Map.of());
            return;
        }
        HttpMethod method = request.method();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD) && !method.equals(HttpMethod.OPTIONS)) {
            // Here, not in the resources: the CORS filter, which runs next, would refuse a cross-origin DELETE with
            // an empty 403, and a path that exists for no method would be a 404. Nothing here is ever written.
            Refusals.send(context, mapper, Problems.of(405, "method-not-allowed", "Method not allowed",
                    "This API is read-only: use GET, HEAD or OPTIONS.", null),
                    Map.of("Allow", NotAllowedExceptionMapper.ALLOWED));
            return;
        }
        context.next();
    }

    /**
     * Vert.x-web refuses a few requests before any route runs: an HTTP/1.1 request without a valid {@code Host}, a
     * target that is not a path ({@code *}, {@code api/v1}). Its own answers have an empty or non-problem body; these
     * get a problem. Failures of requests that were checked here belong to the handlers after this one.
     */
    void handleRefusedBeforeRouting(RoutingContext context) {
        if (context.get(CHECKED) != null || context.response().headWritten()) {
            context.next();
            return;
        }
        String invalid = whyInvalid(context.request().uri());
        String detail = invalid != null
                ? "The request URL is not valid: " + invalid
                : context.request().authority() == null
                        ? "The request has no valid Host header, which HTTP/1.1 requires."
                        : "The request is not a valid HTTP request.";
        Refusals.send(context, mapper, Problems.of(400, invalid != null ? "invalid-url" : "bad-request",
                invalid != null ? "Invalid URL" : "Bad request", detail, null), Map.of());
    }

    /**
     * Why a request target is not a valid URL, in words that never repeat the input, or null when it is valid.
     * Positions count from 1 in the target as sent.
     */
    static String whyInvalid(String target) {
        if (target.isEmpty() || target.charAt(0) != '/' && !startsWithHttpScheme(target)) {
            return "it must be a path starting with '/'.";
        }
        int query = target.indexOf('?');
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0) {
                    return "the '%' at position " + (i + 1) + " is not followed by two hexadecimal digits; "
                            + "a literal % is written %25.";
                }
                i += 2;
            } else if (!allowed(c, query >= 0 && i > query)) {
                return describe(c) + " at position " + (i + 1) + " must be percent-encoded. " + HINT;
            }
        }
        String path = query < 0 ? target : target.substring(0, query);
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            int b = hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2));
            if (b < 0x20 || b == 0x7f) {
                // No id holds one, and PostgreSQL refuses NUL in text: say so instead of failing on it.
                return String.format("the percent-encoded control character 0x%02X at position %d has no place "
                        + "in a path.", b, i + 1);
            }
        }
        String utf8 = notUtf8(path, 0);
        if (utf8 == null && query >= 0) {
            utf8 = notUtf8(target.substring(query + 1), query + 1);
        }
        if (utf8 != null) {
            return utf8;
        }
        if (target.charAt(0) == '/' && !target.startsWith("//") && target.indexOf('[') < 0 && target.indexOf(']') < 0) {
            // Only the characters checked above, escapes well formed: java.net.URI parses every such path and query.
            // Its parse is the dearest step here, and every request of a browser or a client library takes this way.
            return null;
        }
        try {
            new URI(target); // what the rest of the stack parses must parse
        } catch (URISyntaxException e) {
            return e.getReason() + " at position " + (e.getIndex() + 1) + ".";
        }
        return null;
    }

    private static boolean startsWithHttpScheme(String target) {
        String start = target.substring(0, Math.min(8, target.length())).toLowerCase(Locale.ROOT);
        return start.startsWith("http://") || start.startsWith("https://");
    }

    /** RFC 3986 unreserved, sub-delims, ':' '@' '/' '?'; '[' and ']' only in the query, where clients send them. */
    private static boolean allowed(char c, boolean inQuery) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return true;
        }
        return switch (c) {
            case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '/', '?' ->
                true;
            case '[', ']' -> inQuery;
            default -> false;
        };
    }

    private static String describe(char c) {
        if (c > 0x7f) {
            return c <= 0xff
                    ? String.format("the byte 0x%02X, which is not ASCII,", (int) c)
                    : String.format("the character U+%04X, which is not ASCII,", (int) c);
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("the control character 0x%02X", (int) c);
        }
        return c == ' ' ? "a space" : String.format("the character U+%04X", (int) c);
    }

    /** Decodes the percent-encoded bytes of a part of the target and checks that they are UTF-8. */
    private static String notUtf8(String part, int offset) {
        if (part.indexOf('%') < 0) {
            return null;
        }
        byte[] bytes = new byte[part.length()];
        int[] positions = new int[part.length()];
        int length = 0;
        for (int i = 0; i < part.length(); i++) {
            positions[length] = offset + i + 1;
            char c = part.charAt(i);
            if (c == '%') {
                bytes[length++] = (byte) (hex(part.charAt(i + 1)) * 16 + hex(part.charAt(i + 2)));
                i += 2;
            } else {
                bytes[length++] = (byte) c;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(length), true);
        if (result.isError()) {
            return "the percent-encoded bytes at position " + positions[in.position()] + " are not valid UTF-8. "
                    + HINT;
        }
        return null;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
