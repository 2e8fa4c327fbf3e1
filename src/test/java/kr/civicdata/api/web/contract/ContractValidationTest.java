package kr.civicdata.api.web.contract;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract validation that every API test goes through can fail: it rejects what the contract forbids. */
class ContractValidationTest {

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString()).build();

    private ValidationReport validate(int status, String contentType, String body) {
        return validator.validateResponse("/api/v1/governments/{id}", Request.Method.GET,
                SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build());
    }

    @Test
    void should_accept_a_government_as_the_service_sends_it() {
        ValidationReport report = validate(200, "application/json",
                """
                        {"id":"seoul","name":"서울특별시","level":"METROPOLITAN","levelLabel":"광역","adminCode":"11","parentId":null}""");
        assertFalse(report.hasErrors(), report.toString());
    }

    @Test
    void should_reject_a_missing_field_a_wrong_type_and_an_unknown_enum_value() {
        assertTrue(validate(200, "application/json", """
                {"id":"seoul","name":"서울특별시","level":"METROPOLITAN","levelLabel":"광역","adminCode":"11"}""")
                .hasErrors(), "parentId is required (null is allowed, absence is not)");
        assertTrue(validate(200, "application/json", """
                {"id":"seoul","name":"서울특별시","level":"CITY","levelLabel":"광역","adminCode":"11","parentId":null}""")
                .hasErrors(), "level is an enumeration");
        assertTrue(validate(200, "application/json", """
                {"id":"seoul","name":7,"level":"METROPOLITAN","levelLabel":"광역","adminCode":"11","parentId":null}""")
                .hasErrors(), "name is a string");
    }

    @Test
    void should_reject_a_problem_without_its_required_members() {
        assertTrue(validate(404, "application/problem+json", "{\"status\":404}").hasErrors());
        assertFalse(validate(404, "application/problem+json", """
                {"type":"https://localgov-data.kr/problems/not-found","title":"Not found","status":404,
                 "detail":"No government has the id 'x'.","instance":"/api/v1/governments/x"}""").hasErrors());
    }
}
