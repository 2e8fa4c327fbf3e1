package kr.civicdata.api.catalog;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;

/**
 * A JSON-LD document as a harvester reads it: expanded by Titanium (a JSON-LD 1.1 processor) against the URL it was
 * read from, with no remote context allowed (a document that needs one is refused), and its node objects with their
 * types and properties as full IRIs. Facts are asserted on this form, never on the document's own spelling: a
 * misspelt prefix or a missing context leaves a term that expands to nothing.
 */
final class JsonLdGraph {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String SCHEMA = "https://schema.org/";

    private final List<JsonObject> nodes = new ArrayList<>();

    private JsonLdGraph(JsonArray expanded) {
        collect(expanded);
    }

    static JsonLdGraph read(String document, String base) {
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(document.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)))).base(URI.create(base)).loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                                "a remote context is not fetched: " + url);
                    }).get();
            return new JsonLdGraph(expanded);
        } catch (JsonLdError e) {
            throw new AssertionError("not JSON-LD that a processor expands: " + e.getMessage(), e);
        }
    }

    private void collect(JsonValue value) {
        if (value instanceof JsonArray array) {
            array.forEach(this::collect);
        } else if (value instanceof JsonObject object && !object.containsKey("@value")) {
            if (object.containsKey("@type") || object.size() > 1 || !object.containsKey("@id")) {
                nodes.add(object);
            }
            object.forEach((key, child) -> {
                if (!key.startsWith("@")) {
                    collect(child);
                }
            });
        }
    }

    /** The nodes of this type (a full IRI). */
    List<JsonObject> ofType(String type) {
        return nodes.stream().filter(node -> node.containsKey("@type") && node.getJsonArray("@type").stream()
                .anyMatch(t -> t instanceof JsonString s && s.getString().equals(type))).toList();
    }

    /** The values of a property: a literal's text, or a node's IRI. */
    static List<String> values(JsonObject node, String property) {
        List<String> values = new ArrayList<>();
        JsonArray array = node.containsKey(property) ? node.getJsonArray(property) : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : array) {
            JsonObject object = value.asJsonObject();
            if (object.containsKey("@value")) {
                JsonValue literal = object.get("@value");
                values.add(literal instanceof JsonString s ? s.getString() : literal.toString());
            } else if (object.containsKey("@id")) {
                values.add(object.getString("@id"));
            }
        }
        return values;
    }

    /** The value objects of a property (to read their language or datatype). */
    static List<JsonObject> literals(JsonObject node, String property) {
        JsonArray array = node.containsKey(property) ? node.getJsonArray(property) : JsonValue.EMPTY_JSON_ARRAY;
        return array.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("@value")).toList();
    }

    /** The nodes a property points to, in full. */
    static List<JsonObject> objects(JsonObject node, String property) {
        JsonArray array = node.containsKey(property) ? node.getJsonArray(property) : JsonValue.EMPTY_JSON_ARRAY;
        return array.stream().map(JsonValue::asJsonObject).filter(o -> !o.containsKey("@value")).toList();
    }
}
