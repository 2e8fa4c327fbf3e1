package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The breaking-change check can fail: each deliberately broken copy of the committed contract is reported against
 * the contract as it is, and each addition is not.
 */
class ContractCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CONTRACT = read();

    static Stream<Arguments> changes() {
        return Stream.of(
                breaking("a removed path", doc -> paths(doc).remove("/api/v1/figures/{id}")),
                breaking("a removed field of an answer", doc -> {
                    properties(doc, "Government").remove("adminCode");
                    removeRequired(schema(doc, "Government"), "adminCode");
                }),
                breaking("a removed enum value of a parameter", doc -> removeValue(
                        (ArrayNode) parameter(doc, "/api/v1/governments", "level").at("/schema/enum"), "BASIC")),
                breaking("a removed enum value of an answer", doc -> removeValue(
                        (ArrayNode) schema(doc, "GovernmentLevel").get("enum"), "BASIC")),
                breaking("an enumeration of an answer made a plain string",
                        doc -> properties(doc, "Government").putObject("level").put("type", "string")),
                breaking("a removed parameter", doc -> removeParameter(doc, "/api/v1/governments", "q")),
                breaking("an optional parameter made required",
                        doc -> parameter(doc, "/api/v1/governments", "q").put("required", true)),
                breaking("a new required parameter", doc -> parameters(doc, "/api/v1/governments").addObject()
                        .put("name", "code").put("in", "query").put("required", true)
                        .putObject("schema").put("type", "string")),
                breaking("a narrowed range of a parameter", doc -> ((ObjectNode) parameter(doc,
                        "/api/v1/governments", "size").get("schema")).put("maximum", 100)),
                breaking("a parameter's type changed",
                        doc -> ((ObjectNode) parameter(doc, "/api/v1/governments", "parent").get("schema"))
                                .put("type", "integer")),
                breaking("a field's type changed",
                        doc -> ((ObjectNode) properties(doc, "Government").get("name")).put("type", "integer")),
                breaking("a field of an answer made nullable", doc -> ((ObjectNode) properties(doc, "Government")
                        .get("name")).putArray("type").add("string").add("null")),
                breaking("a reference of an answer made nullable", doc -> {
                    ObjectNode provenance = properties(doc, "Figure").putObject("provenance");
                    ArrayNode anyOf = provenance.putArray("anyOf");
                    anyOf.addObject().put("$ref", "#/components/schemas/Provenance");
                    anyOf.addObject().put("type", "null");
                }),
                compatible("nothing", doc -> {
                }),
                compatible("a new path", doc -> paths(doc).set("/api/v1/regions",
                        paths(doc).get("/api/v1/governments").deepCopy())),
                compatible("a new optional parameter", doc -> parameters(doc, "/api/v1/governments").addObject()
                        .put("name", "code").put("in", "query").putObject("schema").put("type", "string")),
                compatible("a new field of an answer", doc -> {
                    properties(doc, "Government").putObject("population").put("type", "integer");
                    ((ArrayNode) schema(doc, "Government").get("required")).add("population");
                }),
                compatible("a new enum value of an answer",
                        doc -> ((ArrayNode) schema(doc, "GovernmentLevel").get("enum")).add("SPECIAL")),
                compatible("a field of an answer that is never null any more",
                        doc -> ((ObjectNode) properties(doc, "Government").get("parentId")).put("type", "string")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void should_report_exactly_the_breaking_changes(String change, Consumer<ObjectNode> edit, boolean breaking) {
        ObjectNode changed = CONTRACT.deepCopy();
        edit.accept(changed);
        String report = ContractCompatibility.breakingChanges(CONTRACT, changed);
        assertEquals(breaking, !report.isEmpty(), change + ": " + report);
    }

    @Test
    void should_read_a_nullable_beside_allOf_in_openapi_3_0_as_3_0_3_says() throws IOException {
        // The correction this contract made: 3.0.3's `nullable: true` beside `allOf: [$ref]` declares no null (the
        // member forbids it), so the 3.1 anyOf [$ref, null] that declares one widens the answer.
        JsonNode older = JSON.readTree("""
                {"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{
                  "description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},
                 "components":{"schemas":{"D":{"type":"string","format":"date"},
                  "A":{"type":"object","required":["d"],"properties":{
                    "d":{"type":"string","nullable":true,"allOf":[{"$ref":"#/components/schemas/D"}]}}}}}}""");
        ObjectNode newer = older.deepCopy();
        newer.put("openapi", "3.1.0");
        ObjectNode d = (ObjectNode) newer.at("/components/schemas/A/properties").get("d");
        d.removeAll();
        d.putArray("anyOf").add(JSON.createObjectNode().put("$ref", "#/components/schemas/D"))
                .add(JSON.createObjectNode().put("type", "null"));
        assertFalse(ContractCompatibility.breakingChanges(older, newer).isEmpty());
        // Beside `type` 3.0's nullable does declare the null: the same field in 3.1's form is no change.
        ObjectNode declared = older.deepCopy();
        ((ObjectNode) declared.at("/components/schemas/A/properties/d")).remove("allOf");
        ObjectNode same = newer.deepCopy();
        ((ObjectNode) same.at("/components/schemas/A/properties/d")).removeAll()
                .putArray("type").add("string").add("null");
        assertEquals("", ContractCompatibility.breakingChanges(declared, same));
    }

    private static Arguments breaking(String change, Consumer<ObjectNode> edit) {
        return Arguments.of(change, edit, true);
    }

    private static Arguments compatible(String change, Consumer<ObjectNode> edit) {
        return Arguments.of(change, edit, false);
    }

    private static ObjectNode paths(ObjectNode doc) {
        return (ObjectNode) doc.get("paths");
    }

    private static ObjectNode schema(ObjectNode doc, String name) {
        return (ObjectNode) doc.at("/components/schemas").get(name);
    }

    private static ObjectNode properties(ObjectNode doc, String name) {
        return (ObjectNode) schema(doc, name).get("properties");
    }

    private static ArrayNode parameters(ObjectNode doc, String path) {
        return (ArrayNode) paths(doc).get(path).at("/get/parameters");
    }

    private static ObjectNode parameter(ObjectNode doc, String path, String name) {
        for (JsonNode parameter : parameters(doc, path)) {
            if (parameter.path("name").asText().equals(name)) {
                return (ObjectNode) parameter;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void removeParameter(ObjectNode doc, String path, String name) {
        ArrayNode list = parameters(doc, path);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().equals(name)) {
                list.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void removeRequired(ObjectNode schema, String name) {
        removeValue((ArrayNode) schema.get("required"), name);
    }

    private static void removeValue(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asText().equals(value)) {
                values.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value);
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(Path.of("openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
