package kr.civicdata.api.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every response that any test receives from {@code /api/} against the committed
 * {@code openapi/openapi.json} ({@link ResponseContract}): a body, status or media type that the published contract
 * does not describe fails the test that received it. Registered for all tests through JUnit's extension
 * auto-detection. Requests are not validated: many tests send invalid requests on purpose, and their answers
 * (problem+json) are validated like any other.
 */
public class ContractValidation implements BeforeAllCallback {

    static final ResponseContract CONTRACT = ResponseContract.load(Path.of("openapi/openapi.json"));

    private static final OrderedFilter API_RESPONSES = new ApiResponseFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!RestAssured.filters().contains(API_RESPONSES)) {
            RestAssured.filters(API_RESPONSES);
        }
    }

    private static final class ApiResponseFilter implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            String path = Path.of(URI.create(request.getURI()).getPath()).toString();
            if (path.startsWith("/api/")) {
                List<String> violations = CONTRACT.violations(request.getMethod(), path, answer.statusCode(),
                        answer.contentType(), answer.asString());
                if (!violations.isEmpty()) {
                    throw new AssertionError("The response breaks the contract (openapi/openapi.json):\n  "
                            + String.join("\n  ", violations));
                }
            }
            return answer;
        }

        @Override
        public int getOrder() {
            return OrderedFilter.LOWEST_PRECEDENCE;
        }
    }
}
