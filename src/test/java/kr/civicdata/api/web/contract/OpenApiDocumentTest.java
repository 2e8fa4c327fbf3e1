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
 * {@code ./mvnw verify -Dopenapi.update=true} rewrites a committed copy that differs, and fails all the same (see
 * {@link CommittedDocument}). The contract must also keep every promise of {@code openapi/baseline.json}, the
 * contract clients may have generated from.
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

    /**
     * The contract keeps every promise of {@code openapi/baseline.json}, the last contract that kept them
     * ({@link ContractCompatibility}); {@code -Dopenapi.update=true} moves the baseline forward only when it does.
     * Without a baseline (a correction starts a new one, docs/contract.md) the update writes it.
     */
    @Test
    void generated_contract_keeps_every_promise_of_the_baseline() throws IOException {
        String generated = given().queryParam("format", "json").get("/q/openapi").asString();
        Path baseline = Path.of("openapi/baseline.json");
        if (UPDATE && !Files.exists(baseline)) {
            Files.writeString(baseline, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(baseline), baseline + " is missing: see docs/contract.md, Contract stability.");
        ObjectMapper json = new ObjectMapper();
        String breaking = ContractCompatibility.breakingChanges(json.readTree(baseline.toFile()),
                json.readTree(generated));
        assertEquals("", breaking, "The contract breaks promises of openapi/baseline.json to clients generated "
                + "from it. A breaking change of /api/v1 waits for /api/v2 (docs/contract.md, Contract stability).");
        if (UPDATE) {
            Files.writeString(baseline, generated, StandardCharsets.UTF_8);
        }
    }
}
