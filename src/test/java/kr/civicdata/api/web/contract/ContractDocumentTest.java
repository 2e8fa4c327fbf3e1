package kr.civicdata.api.web.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document as {@link ContractDocument} serves it, in place of Quarkus's handler: the format each request
 * asks for, chosen as Quarkus chooses it, with Quarkus's Content-Type; the same bytes at every request, and HEAD as
 * GET without the body. (Its bytes are the committed contract's: {@code OpenApiDocumentTest}.)
 */
@QuarkusTest
class ContractDocumentTest {

    private static final String JSON = "application/json;charset=UTF-8";
    private static final String YAML = "application/yaml;charset=UTF-8";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @CsvSource({
            "/q/openapi, , , " + YAML,
            "/q/openapi, json, , " + JSON,
            "/q/openapi, JSON, , " + JSON,
            "/q/openapi, yaml, , " + YAML,
            "/q/openapi, , application/json, " + JSON,
            "/q/openapi, , 'text/html, application/json;q=0.9', " + JSON,
            "/q/openapi.json, , , " + JSON,
            "/q/openapi.yaml, , application/json, " + YAML,
            "/q/openapi.yml, json, , " + YAML,
            "/q/openapi/, json, , " + JSON})
    void should_answer_the_format_asked_for_as_quarkus_chooses_it(String path, String format, String accept,
            String contentType) {
        var request = given();
        if (format != null) {
            request.queryParam("format", format);
        }
        if (accept != null) {
            request.accept(accept);
        }
        Response response = request.get(path);
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.contentType());
        String body = response.asString();
        assertTrue(contentType.equals(JSON) ? body.startsWith("{") : body.startsWith("---"),
                () -> body.substring(0, Math.min(80, body.length())));
    }

    @Test
    void should_answer_the_same_bytes_at_every_request_and_no_body_to_head() {
        byte[] first = given().queryParam("format", "json").get("/q/openapi").asByteArray();
        byte[] second = given().queryParam("format", "json").get("/q/openapi").asByteArray();
        assertArrayEquals(first, second);
        Response head = given().queryParam("format", "json").head("/q/openapi");
        assertEquals(200, head.statusCode());
        assertEquals(JSON, head.contentType());
        assertEquals(0, head.asByteArray().length);
    }
}
