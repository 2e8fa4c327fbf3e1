package kr.civicdata.api.web.contract;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract validation is in the chain of every {@code @QuarkusTest} request: it sees each answer from
 * {@code /api/}, and an answer of the running service altered on its way (between the network and the validation) so
 * that it breaks the contract fails the request.
 */
@QuarkusTest
class ContractValidationWiringTest {

    private static final String LINE = "/api/v1/execution-results/seoul:settlement-2022:total";

    @Test
    void should_validate_every_api_answer_a_test_receives() {
        long before = ContractValidation.validatedResponses();
        given().get("/api/v1/governments/seoul").then().statusCode(200);
        given().get("/api/v1/governments/busan").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
        assertEquals(before + 2, ContractValidation.validatedResponses(), "two /api/ answers, the health check not");
    }

    @Test
    void should_accept_the_declared_nulls_of_a_settlement_line() {
        given().get(LINE).then().statusCode(200);
    }

    @Test
    void should_fail_on_an_undeclared_null() {
        assertBreaks(body -> body.replace("\"governmentId\":\"seoul\"", "\"governmentId\":null"), "governmentId");
    }

    @Test
    void should_fail_on_an_unknown_enum_value() {
        assertBreaks(body -> body.replace("\"carriedOverStatus\":\"NONE\"", "\"carriedOverStatus\":\"ZERO\""),
                "carriedOverStatus");
    }

    @Test
    void should_fail_on_a_missing_required_field() {
        assertBreaks(body -> body.replace("\"unitLabel\":\"천원\",", ""), "unitLabel");
    }

    private static void assertBreaks(UnaryOperator<String> alteration, String field) {
        String original = given().get(LINE).asString();
        assertTrue(!alteration.apply(original).equals(original), "the alteration must change the answer");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> given().filter(new Alter(alteration)).get(LINE));
        assertTrue(failure.getMessage().contains(field), failure.getMessage());
    }

    /** Alters the body of an answer before the contract validation sees it. */
    private record Alter(UnaryOperator<String> alteration) implements OrderedFilter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            return new ResponseBuilder().clone(answer).setBody(alteration.apply(answer.asString())).build();
        }

        @Override
        public int getOrder() {
            return ContractValidation.ORDER + 1;
        }
    }
}
