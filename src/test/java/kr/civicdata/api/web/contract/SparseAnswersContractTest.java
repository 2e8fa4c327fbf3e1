package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every collection and item of the committed contract asked for with {@code fields=}, in JSON and (collections) in
 * NDJSON: each answer goes through {@link ContractValidation} like any other, against the schema of the media type it
 * is sent as, so a sparse answer that the contract does not describe fails here. The fields asked for are read from
 * the contract (the id, and one field of a nested object or of the objects in a list), so a new resource is covered
 * without touching this test.
 */
@QuarkusTest
class SparseAnswersContractTest {

    private static final String SCHEMAS = "#/components/schemas/";
    /** Items read by id per item operation: enough to meet the nested objects and nulls of each. */
    private static final int ITEMS_PER_OPERATION = 20;
    private static final JsonNode DOCUMENT = read(Path.of("openapi/openapi.json"));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_answer_every_collection_and_item_with_fields_as_the_contract_describes() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int answers = 0;
        for (String path : operations(false)) {
            JsonNode get = DOCUMENT.path("paths").path(path).path("get");
            boolean paged = hasParameter(get, "size");
            String fields = String.join(",", fieldsOf(rowSchema(get, paged)));
            answers += check(failures, path + "?fields=" + fields, () -> {
                RequestSpecification request = given().queryParams(requiredQuery(get)).queryParam("fields", fields);
                Response answer = (paged ? request.queryParam("size", 1000) : request).when().get(path);
                assertSparse(answer, fields);
            });
            if (paged) {
                ids.put(path, given().queryParams(requiredQuery(get)).queryParam("size", 1000).when().get(path)
                        .then().statusCode(200).extract().jsonPath().getList("data.id"));
                answers += check(failures, path + "?format=ndjson&fields=" + fields, () -> given()
                        .queryParams(requiredQuery(get)).queryParam("fields", fields).queryParam("format", "ndjson")
                        .when().get(path).then().statusCode(200));
            }
        }
        for (String path : operations(true)) {
            String fields = String.join(",", fieldsOf(rowSchema(DOCUMENT.path("paths").path(path).path("get"), false)));
            List<String> rows = ids.getOrDefault(path.substring(0, path.lastIndexOf('/')), List.of());
            if (rows.isEmpty()) {
                failures.add(path + ": no ids to read it by");
            }
            for (String id : rows.subList(0, Math.min(ITEMS_PER_OPERATION, rows.size()))) {
                String item = path.replaceFirst("\\{[^}]+}", id);
                answers += check(failures, item + "?fields=" + fields,
                        () -> assertSparse(given().queryParam("fields", fields).when().get(item), fields));
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + answers + " answers with fields= break the "
                + "contract");
        assertTrue(answers > 50, answers + " answers");
    }

    /** Runs one request and its checks; a failure (the contract validation's too) is noted and the walk goes on. */
    private static int check(List<String> failures, String request, Runnable checks) {
        try {
            checks.run();
        } catch (AssertionError failure) {
            failures.add(request + ": " + failure.getMessage().lines().limit(3).reduce((a, b) -> a + " | " + b)
                    .orElse(""));
        }
        return 1;
    }

    @Test
    void should_send_the_full_answer_as_application_json_and_the_sparse_one_as_its_own_type() {
        given().when().get("/api/v1/governments/seoul").then().statusCode(200).contentType("application/json");
        given().queryParam("fields", "id,name").when().get("/api/v1/governments/seoul").then().statusCode(200)
                .contentType(ResponseContract.SPARSE_JSON);
        given().queryParam("fields", "id").when().get("/api/v1/governments").then().statusCode(200)
                .contentType(ResponseContract.SPARSE_JSON);
        given().queryParam("fields", "id").queryParam("format", "csv").when().get("/api/v1/governments").then()
                .statusCode(200).contentType("text/csv");
        // Every field asked for: the bytes of the full answer, of the other type, so with another ETag (a cache that
        // holds one must not revalidate it into the other).
        Response full = given().when().get("/api/v1/governments/seoul");
        Response every = given().queryParam("fields", "id,name,level,levelLabel,adminCode,parentId").when()
                .get("/api/v1/governments/seoul");
        assertEquals(full.asString(), every.asString());
        assertEquals(ResponseContract.SPARSE_JSON, every.contentType());
        assertFalse(full.header("ETag").equals(every.header("ETag")), full.header("ETag"));
        given().queryParam("fields", "id,name,level,levelLabel,adminCode,parentId")
                .header("If-None-Match", full.header("ETag")).when().get("/api/v1/governments/seoul").then()
                .statusCode(200);
    }

    /** A 200 of the sparse type whose rows (or the item) hold no field but those asked for, at the top level. */
    private static void assertSparse(Response answer, String fields) {
        assertEquals(200, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith(ResponseContract.SPARSE_JSON), "sent as " + answer.contentType());
        Set<String> asked = new TreeSet<>();
        for (String field : fields.split(",")) {
            asked.add(field.split("\\.")[0]);
        }
        JsonNode body = read(answer.asString());
        List<JsonNode> rows = new ArrayList<>();
        if (body.has("data") && body.has("meta")) {
            body.path("data").forEach(rows::add);
        } else {
            rows.add(body);
        }
        for (JsonNode row : rows) {
            Set<String> sent = new TreeSet<>();
            row.fieldNames().forEachRemaining(sent::add);
            assertTrue(asked.containsAll(sent), "sent " + sent + ", asked " + asked);
        }
    }

    /** The GET operations under /api/ that take fields: collections, or items ({@code {id}}). */
    private static List<String> operations(boolean items) {
        List<String> found = new ArrayList<>();
        DOCUMENT.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (path.getKey().startsWith("/api/") && hasParameter(get, "fields")
                    && path.getKey().contains("{") == items) {
                found.add(path.getKey());
            }
        });
        assertFalse(found.isEmpty());
        return found;
    }

    private static boolean hasParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name) && parameter.path("in").asText().equals("query")) {
                return true;
            }
        }
        return false;
    }

    /** The required query parameters of an operation (a search's term), each with its example. */
    private static Map<String, Object> requiredQuery(JsonNode operation) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                query.put(parameter.path("name").asText(), parameter.path("example").asText());
            }
        }
        return query;
    }

    /** The schema of a row of the full answer: of the page's data, or of the answer itself. */
    private static String rowSchema(JsonNode operation, boolean paged) {
        String answer = name(operation.at("/responses/200/content/application~1json/schema"));
        return paged ? name(schema(answer).at("/properties/data/items")) : answer;
    }

    /**
     * The fields to ask of a row: its id (else its first field) and the first field of its first nested object or
     * list of objects, {@code outer.inner}.
     */
    private static List<String> fieldsOf(String row) {
        JsonNode properties = schema(row).path("properties");
        List<String> fields = new ArrayList<>();
        fields.add(properties.has("id") ? "id" : properties.fieldNames().next());
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String nested = nestedObject(property.getValue());
            if (nested != null && !property.getKey().equals(fields.get(0))) {
                fields.add(property.getKey() + "." + schema(nested).path("properties").fieldNames().next());
                break;
            }
        }
        return fields;
    }

    /** The object schema a property holds: itself, as the items of a list, or beside null; null for none. */
    private static String nestedObject(JsonNode property) {
        List<JsonNode> candidates = new ArrayList<>(List.of(property, property.path("items")));
        property.path("anyOf").forEach(candidates::add);
        for (JsonNode candidate : candidates) {
            String name = candidate.has("$ref") ? name(candidate) : null;
            if (name != null && schema(name).path("properties").isObject()) {
                return name;
            }
        }
        return null;
    }

    private static String name(JsonNode reference) {
        String ref = reference.path("$ref").asText();
        assertTrue(ref.startsWith(SCHEMAS), "not a schema reference: " + reference);
        return ref.substring(SCHEMAS.length());
    }

    private static JsonNode schema(String name) {
        return DOCUMENT.path("components").path("schemas").path(name);
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
