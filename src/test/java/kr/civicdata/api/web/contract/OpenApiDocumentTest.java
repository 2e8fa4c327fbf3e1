package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed {@code openapi/} is the published contract: the build fails when the code generates anything else.
 * {@code ./mvnw verify -Dopenapi.update=true} rewrites the committed copy from the code. The contract must also keep
 * every promise of {@code openapi/baseline.json}, the contract clients may have generated from.
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

    /**
     * The contract keeps every promise of {@code openapi/baseline.json}, the last contract that kept them
     * ({@link ContractCompatibility}); {@code -Dopenapi.update=true} moves the baseline forward only when it does.
     * Without a baseline (a correction starts a new one, README) the update writes it.
     */
    @Test
    void generated_contract_keeps_every_promise_of_the_baseline() throws IOException {
        String generated = given().queryParam("format", "json").get("/q/openapi").asString();
        Path baseline = Path.of("openapi/baseline.json");
        if (UPDATE && !Files.exists(baseline)) {
            Files.writeString(baseline, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(baseline), baseline + " is missing: see README, Contract stability.");
        ObjectMapper json = new ObjectMapper();
        String breaking = ContractCompatibility.breakingChanges(json.readTree(baseline.toFile()),
                json.readTree(generated));
        assertEquals("", breaking, "The contract breaks promises of openapi/baseline.json to clients generated "
                + "from it. A breaking change of /api/v1 waits for /api/v2 (README, Contract stability).");
        if (UPDATE) {
            Files.writeString(baseline, generated, StandardCharsets.UTF_8);
        }
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
