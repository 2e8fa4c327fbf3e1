package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed {@code openapi/} is the published contract: the build fails when the code generates anything else.
 * {@code ./mvnw verify -Dopenapi.update=true} rewrites the committed copy from the code.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final boolean UPDATE = Boolean.getBoolean("openapi.update");

    @Test
    void committed_yaml_is_what_the_code_generates() throws IOException {
        check(Path.of("openapi/openapi.yaml"), given().queryParam("format", "yaml").get("/q/openapi").asString());
    }

    @Test
    void committed_json_is_what_the_code_generates() throws IOException {
        check(Path.of("openapi/openapi.json"), given().queryParam("format", "json").get("/q/openapi").asString());
    }

    private static void check(Path committed, String generated) throws IOException {
        if (UPDATE) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertEquals(current, generated, committed + " differs from the document the code generates. Review the "
                + "change, then run ./mvnw verify -Dopenapi.update=true and commit " + committed + ".");
    }
}
