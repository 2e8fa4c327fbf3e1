package kr.civicdata.api.web.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * The committed OpenAPI 3.1 document as a response validator (networknt's json-schema-validator, OpenAPI 3.1
 * dialect, format assertions on): which operation answers a path, whether the status and media type are declared,
 * and whether a JSON body is what the declared schema says. Null where a property is not nullable, a value outside
 * an enumeration, a missing required property and a property the contract does not list are all reported: every
 * object schema that lists its properties is closed here ({@code additionalProperties: false}), though the published
 * contract stays open so that a new field remains an addition for clients.
 */
final class ResponseContract {

    private static final String ID = "urn:localgov:contract";
    private static final String SCHEMAS = "#/components/schemas/";
    /** The type of an answer to a request that names its fields: its rows hold those alone. */
    static final String SPARSE_JSON = "application/vnd.localgov.sparse+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private record Operation(String template, Pattern pattern, JsonNode item) {
    }

    private ResponseContract(JsonNode document) {
        this.document = document;
        ObjectNode defs = (ObjectNode) absoluteRefs(document.path("components").path("schemas").deepCopy());
        closeObjects(defs);
        ObjectNode root = JSON.createObjectNode().put("$schema", "https://spec.openapis.org/oas/3.1/dialect/base")
                .put("$id", ID);
        root.set("$defs", defs);
        this.registry = registry(root.toString());
        document.path("paths").properties().forEach(path -> operations.add(new Operation(path.getKey(),
                Pattern.compile("^" + Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$"),
                path.getValue())));
        // A literal path (/investments/summary) wins over a template (/investments/{id}).
        operations.sort(Comparator.comparingLong(operation -> operation.template().chars().filter(c -> c == '{')
                .count()));
    }

    private static SchemaRegistry registry(String text) {
        return SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(ID, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    static ResponseContract load(Path openApiJson) {
        try {
            return new ResponseContract(JSON.readTree(openApiJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseContract of(JsonNode document) {
        return new ResponseContract(document);
    }

    /**
     * What is wrong with one response, each as a line naming the operation and the place in the body; empty when
     * the contract describes it. A path or method the contract does not know must be answered with a problem. A
     * 304 and the answer to a HEAD carry no body; a body other than JSON is checked for its media type only.
     */
    List<String> violations(String method, String path, int status, String contentType, String body) {
        return violations(method, path, status, contentType, body, false);
    }

    /**
     * @param sparse whether the request named its fields ({@code fields=}). A JSON answer is checked against the
     *        schema of the media type it was sent as, whatever the request: a sparse answer says what it is by its
     *        type ({@code application/vnd.localgov.sparse+json}). Only the lines of an NDJSON stream, whose type is
     *        the same with and without fields, are rows of the page of that sparse type when the request named them.
     */
    List<String> violations(String method, String path, int status, String contentType, String body,
            boolean sparse) {
        // HEAD is GET without the body (RFC 9110), which OpenAPI leaves undeclared.
        String declaredMethod = "HEAD".equals(method) ? "get" : method.toLowerCase(Locale.ROOT);
        JsonNode operation = operations.stream().filter(candidate -> candidate.pattern().matcher(path).matches())
                .map(candidate -> candidate.item().path(declaredMethod)).filter(node -> !node.isMissingNode())
                .findFirst().orElse(null);
        String name = method + " " + path + " " + status;
        if (operation == null) {
            return status >= 400 && status < 500
                    ? bodyViolations(name, "Problem", contentType, body, "application/problem+json")
                    : List.of(name + ": no operation of the contract answers it, and it is no client error");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asText().substring(1));
        }
        if (response.isMissingNode()) {
            return List.of(name + ": status " + status + " is not declared");
        }
        if (status == 304 || "HEAD".equals(method)) {
            return List.of();
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode declared = response.path("content").path(media);
        if (declared.isMissingNode()) {
            List<String> names = new ArrayList<>();
            response.path("content").fieldNames().forEachRemaining(names::add);
            return List.of(name + ": media type '" + media + "' is not declared " + names);
        }
        if (media.equals("application/x-ndjson")) {
            return lineViolations(name, response, contentType, body, media, sparse);
        }
        String ref = declared.path("schema").path("$ref").asText("");
        if (!media.endsWith("json")) {
            return List.of();
        }
        if (!ref.startsWith(SCHEMAS)) {
            return List.of(name + ": the contract declares no named schema for " + media);
        }
        return bodyViolations(name, ref.substring(SCHEMAS.length()), contentType, body, media);
    }

    /**
     * NDJSON, which OpenAPI 3.1 cannot describe line by line: each line must be a row of the collection's JSON page (the
     * items of its {@code data}), as its description says: of the {@code application/json} page, or for a request
     * that names its fields, of the page of the sparse type.
     */
    private List<String> lineViolations(String name, JsonNode response, String contentType, String body,
            String media, boolean sparse) {
        String pageMedia = sparse ? SPARSE_JSON : "application/json";
        String page = response.path("content").path(pageMedia).path("schema").path("$ref").asText("");
        String row = page.startsWith(SCHEMAS)
                ? document.at("/components/schemas/" + page.substring(SCHEMAS.length()) + "/properties/data/items")
                        .path("$ref").asText("")
                : "";
        if (!row.startsWith(SCHEMAS)) {
            return List.of(name + ": the contract declares no " + pageMedia + " page whose rows the lines of " + media
                    + " are");
        }
        if (!body.isEmpty() && !body.endsWith("\n")) {
            return List.of(name + ": the last line of " + media + " does not end with a newline");
        }
        List<String> violations = new ArrayList<>();
        for (String line : body.isEmpty() ? new String[0] : body.split("\n")) {
            violations.addAll(bodyViolations(name, row.substring(SCHEMAS.length()), contentType, line, media));
        }
        return violations;
    }

    private List<String> bodyViolations(String name, String schemaName, String contentType, String body,
            String media) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(media)) {
            return List.of(name + ": expected " + media + ", got " + contentType);
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(name + ": the body is not JSON: " + e.getMessage());
        }
        Schema schema = compiled.computeIfAbsent(schemaName,
                key -> registry.getSchema(SchemaLocation.of(ID + "#/$defs/" + key)));
        return schema.validate(value).stream()
                .map(error -> name + " " + schemaName + " at " + error.getInstanceLocation() + ": " + error
                        .getMessage())
                .toList();
    }

    /** "#/components/schemas/X" becomes a reference into the registered document, from anywhere in it. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                object.put("$ref", ID + "#/$defs/" + ref.asText().substring(SCHEMAS.length()));
            }
        }
        node.forEach(ResponseContract::absoluteRefs);
        return node;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("properties").isObject()
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext();) {
            closeObjects(children.next());
        }
    }
}
