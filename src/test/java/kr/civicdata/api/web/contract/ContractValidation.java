package kr.civicdata.api.web.contract;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every response that any test receives from {@code /api/} against the committed {@code openapi/openapi.yaml}:
 * a body, status or header that the published contract does not describe fails the test that received it.
 * Registered for all tests through JUnit's extension auto-detection. Requests are not validated: many tests send
 * invalid requests on purpose, and their answers (problem+json) are validated like any other.
 */
public class ContractValidation implements BeforeAllCallback {

    private static final OrderedFilter API_RESPONSES = new ApiResponseFilter();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!RestAssured.filters().contains(API_RESPONSES)) {
            RestAssured.filters(API_RESPONSES);
        }
    }

    private static final class ApiResponseFilter implements OrderedFilter {

        private final OpenApiValidationFilter validation = new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForSpecificationUrl(Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            String path = Path.of(java.net.URI.create(request.getURI()).getPath()).toString();
            if (path.startsWith("/api/")) {
                return validation.filter(request, response, context);
            }
            return context.next(request, response);
        }

        @Override
        public int getOrder() {
            return OrderedFilter.LOWEST_PRECEDENCE;
        }
    }
}
