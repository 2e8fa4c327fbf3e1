package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A datapackage.json as a JSON tree, with the line and column of every value, so that a problem in the descriptor is
 * reported where it is, as a problem in a CSV file is.
 */
public final class Descriptor {

    /** A descriptor larger than this is not a descriptor but something else: the bundled one is about 130 kB. */
    public static final long MAX_BYTES = 16L << 20;

    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private Descriptor(JsonNode root, Map<String, JsonLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    public JsonNode root() {
        return root;
    }

    /** Reads a descriptor; a JSON syntax error is reported as a problem with its place, and gives null. */
    public static Descriptor read(InputStream in, String file, PackageProblems problems) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            problems.add(file, 0, 0, "", "larger than " + MAX_BYTES + " bytes", null);
            return null;
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        ObjectMapper mapper = new ObjectMapper(factory);
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || !root.isObject()) {
                problems.add(file, 1, 1, "", "not a JSON object", null);
                return null;
            }
            Map<String, JsonLocation> locations = new HashMap<>();
            try (JsonParser parser = factory.createParser(bytes)) {
                locate(parser, "", locations);
            }
            return new Descriptor(root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "not valid JSON: " + e.getOriginalMessage(), null);
            return null;
        }
    }

    /** Walks the JSON and records where each value starts, by its pointer-like path (resources[2].schema). */
    private static void locate(JsonParser parser, String path, Map<String, JsonLocation> locations)
            throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return;
        }
        value(parser, token, path, locations);
    }

    private static void value(JsonParser parser, JsonToken token, String path, Map<String, JsonLocation> locations)
            throws IOException {
        locations.put(path, parser.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                value(parser, parser.nextToken(), child, locations);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                value(parser, t, path + "[" + i++ + "]", locations);
            }
        }
    }

    /** Line of a value by its path, or of its nearest enclosing value found. */
    public long line(String path) {
        JsonLocation at = location(path);
        return at == null ? 0 : at.getLineNr();
    }

    public long column(String path) {
        JsonLocation at = location(path);
        return at == null ? 0 : at.getColumnNr();
    }

    private JsonLocation location(String path) {
        for (String p = path;;) {
            JsonLocation at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
