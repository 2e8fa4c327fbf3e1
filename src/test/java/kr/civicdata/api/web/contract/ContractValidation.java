package kr.civicdata.api.web.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every response that any test receives from {@code /api/} against the committed
 * {@code openapi/openapi.json} ({@link ResponseContract}): a body, status or media type that the published contract
 * does not describe fails the test that received it. Requests are not validated: many tests send invalid requests on
 * purpose, and their answers (problem+json) are validated like any other.
 * <p>
 * It is a Quarkus test callback, registered in {@code META-INF/services}, because Quarkus runs it in the class loader
 * of the {@code @QuarkusTest} class, whose REST Assured is the one the test uses. It used to be a JUnit extension:
 * JUnit loads those with the application class loader, so its filter went into a REST Assured that no
 * {@code @QuarkusTest} calls (Quarkus loads test classes and their libraries in a class loader of its own) and not one
 * response was ever validated. {@link #validatedResponses()} lets a test prove the filter is in the chain.
 */
public class ContractValidation implements QuarkusTestBeforeClassCallback {

    static final ResponseContract CONTRACT = ResponseContract.load(Path.of("openapi/openapi.json"));
    /** Inside every other filter, so that only a filter of a test that wants to tamper with answers is closer. */
    static final int ORDER = OrderedFilter.LOWEST_PRECEDENCE - 1;

    private static final AtomicLong VALIDATED = new AtomicLong();
    private static final OrderedFilter API_RESPONSES = new ApiResponseFilter();

    @Override
    public void beforeClass(Class<?> testClass) {
        if (!RestAssured.filters().contains(API_RESPONSES)) {
            RestAssured.filters(API_RESPONSES);
        }
    }

    /** How many responses the filter has validated in this class loader so far. */
    static long validatedResponses() {
        return VALIDATED.get();
    }

    private static final class ApiResponseFilter implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            String path = pathOf(request.getURI());
            // A CORS preflight (OPTIONS) is answered by the HTTP layer for every path, not by an operation.
            if (path.startsWith("/api/") && !"OPTIONS".equals(request.getMethod())) {
                List<String> violations = CONTRACT.violations(request.getMethod(), path, answer.statusCode(),
                        answer.contentType(), body(answer));
                VALIDATED.incrementAndGet();
                if (!violations.isEmpty()) {
                    throw new AssertionError("The response breaks the contract (openapi/openapi.json):\n  "
                            + String.join("\n  ", violations));
                }
            }
            return answer;
        }

        /** The body as sent, decompressed where a test asked REST Assured to leave gzip as it came. */
        private static String body(Response answer) {
            byte[] bytes = answer.asByteArray();
            if ("gzip".equalsIgnoreCase(answer.header("Content-Encoding")) && bytes.length > 1 && bytes[0] == 0x1f
                    && bytes[1] == (byte) 0x8b) {
                try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = gzip.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The path as the server resolves it: dot segments removed, percent-encoding kept. */
        private static String pathOf(String uri) {
            try {
                return URI.create(uri).normalize().getRawPath();
            } catch (IllegalArgumentException notAUri) {
                String path = uri.replaceFirst("^[a-z]+://[^/]*", "");
                int query = path.indexOf('?');
                return query < 0 ? path : path.substring(0, query);
            }
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }
}
