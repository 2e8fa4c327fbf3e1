package kr.civicdata.api.web.guard;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.web.problem.Problem;

/**
 * Ends a Vert.x request with a problem, for the routes of this package, which answer before any REST resource and so
 * before the exception mappers of {@code web.problem}. The body is the same problem+json those mappers write.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * Any origin may read the refusal, as the CORS configuration lets any origin read the API: a script must see why
     * it was refused.
     */
    static void send(RoutingContext context, ObjectMapper mapper, Problem problem, Map<String, String> headers) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a problem", e);
        }
        HttpServerResponse response = context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff");
        headers.forEach(response::putHeader);
        if (context.request().getHeader("Origin") != null) {
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Expose-Headers", String.join(",", RateLimiter.HEADERS));
        }
        response.end(Buffer.buffer(body));
    }
}
