package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;

/**
 * The committed {@code openapi/} is the published contract: the build fails when the code generates anything else.
 * {@code ./mvnw verify -Dopenapi.update=true} rewrites a committed copy that differs, and fails all the same (see
 * {@link CommittedDocument}).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final boolean UPDATE = Boolean.getBoolean("openapi.update");

    @Test
    void committed_yaml_is_what_the_code_generates() throws IOException {
        CommittedDocument.check(Path.of("openapi/openapi.yaml"),
                given().queryParam("format", "yaml").get("/q/openapi").asString(), UPDATE);
    }

    @Test
    void committed_json_is_what_the_code_generates() throws IOException {
        CommittedDocument.check(Path.of("openapi/openapi.json"),
                given().queryParam("format", "json").get("/q/openapi").asString(), UPDATE);
    }
}
