package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled datapackage.json read as the one description of the data: every table's Table Schema (what a row of
 * any package must be), and the field dictionary of the API that {@code /api/v1/datasets/{id}} serves
 * ({@code apiResources}: each collection with the fields it sends, and the table whose rows make a dataset served by
 * it). Other packages bring rows; their schemas must agree with these, and these are what their rows are checked
 * against.
 */
public final class CanonicalPackage {

    /** A collection of the API and the fields it sends, as the dictionary lists them. */
    public record ApiResource(String name, String rowsOf, List<ApiField> fields) {
    }

    /** A field of the API's dictionary: its JSON name, type, unit and description. */
    public record ApiField(String name, String type, String unit, String description) {
    }

    /** A resource: its name, file and schema, in the order their foreign keys need. */
    public record Resource(String name, String path, String title, String description, TableSchema schema,
            JsonNode descriptor) {
    }

    private static CanonicalPackage bundled;

    private final JsonNode root;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<ApiResource> api = new ArrayList<>();

    private CanonicalPackage(JsonNode root) {
        this.root = root;
        for (JsonNode r : root.path("resources")) {
            resources.put(r.path("name").asText(), new Resource(r.path("name").asText(), r.path("path").asText(),
                    r.path("title").asText(null), r.path("description").asText(null), new TableSchema(r.path(
                            "schema")),
                    r));
        }
        for (JsonNode a : root.path("apiResources")) {
            List<ApiField> fields = new ArrayList<>();
            for (JsonNode f : a.path("fields")) {
                fields.add(new ApiField(f.path("name").asText(), f.path("type").asText(),
                        f.hasNonNull("unit") ? f.get("unit").asText() : null, f.path("description").asText()));
            }
            api.add(new ApiResource(a.path("name").asText(), a.path("rowsOf").asText(), List.copyOf(fields)));
        }
    }

    /** The bundled package's description, read once. */
    public static synchronized CanonicalPackage bundled() {
        if (bundled == null) {
            try (InputStream in = PackageFiles.bundled().open(PackageFiles.DESCRIPTOR)) {
                bundled = new CanonicalPackage(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /** The descriptor as JSON, for exports. */
    public JsonNode root() {
        return root;
    }

    public String name() {
        return root.path("name").asText();
    }

    /** The resources in the order their foreign keys need. */
    public List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    public Resource resource(String name) {
        return resources.get(name);
    }

    public List<ApiResource> apiResources() {
        return List.copyOf(api);
    }

    /** The dictionary notes of the bundled descriptor, as a package's are read. */
    public JsonNode apiFieldNotes() {
        return root.path("apiFieldNotes");
    }
}
