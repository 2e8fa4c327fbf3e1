package kr.civicdata.api.web.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.ExtensionDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.Change;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether a newer contract keeps every promise of an older one to the clients generated from the older one, as
 * judged by openapi-diff (OpenAPITools' library for comparing OpenAPI documents): a removed path, operation,
 * parameter, response field or enumeration value, a changed type, an optional parameter made required, a narrowed
 * range of a parameter, and a field that may now be null are breaking; an added path, optional parameter, field or
 * enumeration value of an answer is not.
 * <p>
 * openapi-diff 2.1 reads OpenAPI 3.1 documents but compares their types as 3.0's single {@code type}, which 3.1 keeps
 * in a list it ignores (OpenAPITools/openapi-diff#745): a changed type or nullability would pass. So both documents
 * are compared in a 3.0 view of the same facts: {@code type: [T, 'null']} and {@code anyOf: [X, {type: 'null'}]}
 * become {@code type: T} or {@code allOf: [X]} with {@code x-contract-nullable: true}, and every enumeration is also listed
 * in {@code x-contract-enum}. openapi-diff compares {@code type} and required properties itself; {@link NullableDiff} and
 * {@link EnumDiff}, registered as its extension comparisons, judge those two by whether
 * they sit in a request or an answer.
 */
final class ContractCompatibility {

    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            // A new value of an answer's enumeration is an addition in /api/v1 (README: clients accept unknown
            // values); a removed one is breaking (EnumDiff).
            .configProperty("incompatible.response.enum.increased", "false")
            .build();

    private ContractCompatibility() {
    }

    /** The breaking changes from {@code older} to {@code newer}, as openapi-diff's report; empty when there are none. */
    static String breakingChanges(JsonNode older, JsonNode newer) {
        // openapi-diff finds its extension comparisons with the thread's context class loader; without them a field
        // made nullable or an enum value removed from an answer would pass unseen.
        List<String> loaded = new ArrayList<>();
        ServiceLoader.load(ExtensionDiff.class).forEach(extension -> loaded.add(extension.getName()));
        if (!loaded.containsAll(List.of("contract-nullable", "contract-enum"))) {
            throw new IllegalStateException("openapi-diff's extension comparisons are not found: " + loaded);
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(view(older), view(newer), null, OPTIONS);
        if (!diff.isIncompatible()) {
            return "";
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = report.toString(StandardCharsets.UTF_8);
        return text.isBlank() ? "openapi-diff: incompatible" : text;
    }

    /** The same document as OpenAPI 3.0 schemas that openapi-diff compares in full (see the class comment). */
    static String view(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        normalise(copy);
        return copy.toString();
    }

    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            schema.remove("examples");
            JsonNode nullable = schema.remove("nullable");
            if (nullable != null && nullable.asBoolean() && !schema.has("allOf") && !schema.has("anyOf")
                    && !schema.has("oneOf")) {
                // OpenAPI 3.0's form, for a baseline written in it, read as 3.0.3 says: null is added to `type`
                // only, so beside allOf (where the member still forbids null) it declares nothing.
                schema.put("x-contract-nullable", true);
            }
            JsonNode type = schema.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    schema.put("x-contract-nullable", true);
                }
                if (named.size() == 1) {
                    schema.put("type", named.get(0));
                } else {
                    schema.remove("type");
                }
            }
            JsonNode anyOf = schema.get("anyOf");
            if (anyOf instanceof ArrayNode members && members.size() == 2 && isNull(members.get(1))) {
                schema.remove("anyOf");
                schema.putArray("allOf").add(members.get(0));
                schema.put("x-contract-nullable", true);
            }
            JsonNode values = schema.get("enum");
            if (values instanceof ArrayNode list) {
                for (Iterator<JsonNode> value = list.elements(); value.hasNext();) {
                    if (value.next().isNull()) {
                        value.remove();
                        schema.put("x-contract-nullable", true);
                    }
                }
                schema.set("x-contract-enum", list.deepCopy());
            }
        }
        node.forEach(ContractCompatibility::normalise);
    }

    private static boolean isNull(JsonNode schema) {
        return schema.size() == 1 && "null".equals(schema.path("type").asText());
    }

    /** A result openapi-diff folds into its verdict. */
    private record Verdict(DiffResult result) implements Changed {
        @Override
        public DiffResult isChanged() {
            return result;
        }
    }

    private abstract static class Extension implements ExtensionDiff {
        @Override
        public ExtensionDiff setOpenApiDiff(OpenApiDiff openApiDiff) {
            return this;
        }

        @Override
        public final Changed diff(Change<?> change, DiffContext context) {
            // openapi-diff asks about every extension both sides have, changed or not.
            if (Objects.equals(change.getOldValue(), change.getNewValue())) {
                return new Verdict(DiffResult.NO_CHANGES);
            }
            return new Verdict(breaks(change, context) ? DiffResult.INCOMPATIBLE : DiffResult.COMPATIBLE);
        }

        abstract boolean breaks(Change<?> change, DiffContext context);
    }

    /**
     * A field of an answer that may now be null breaks the clients that read it as always there; a parameter that
     * no longer accepts null breaks those that send it. The other directions are compatible.
     */
    public static final class NullableDiff extends Extension {
        @Override
        public String getName() {
            // openapi-diff finds the comparison of an extension by "x-" + this name.
            return "contract-nullable";
        }

        @Override
        boolean breaks(Change<?> change, DiffContext context) {
            boolean nowNullable = Boolean.TRUE.equals(change.getNewValue());
            boolean wasNullable = Boolean.TRUE.equals(change.getOldValue());
            return context.isResponse() ? nowNullable && !wasNullable : wasNullable && !nowNullable;
        }
    }

    /**
     * A value removed from an enumeration breaks clients in a request (they may send it) and in an answer (they may
     * act on it); an enumeration added to a parameter narrows what clients may send, one dropped from an answer
     * widens what they must read.
     */
    public static final class EnumDiff extends Extension {
        @Override
        public String getName() {
            return "contract-enum";
        }

        @Override
        boolean breaks(Change<?> change, DiffContext context) {
            if (change.getOldValue() == null) {
                return context.isRequest();
            }
            if (change.getNewValue() == null) {
                return context.isResponse();
            }
            return !values(change.getNewValue()).containsAll(values(change.getOldValue()));
        }

        private static Collection<String> values(Object list) {
            List<String> values = new ArrayList<>();
            if (list instanceof Collection<?> collection) {
                collection.forEach(value -> values.add(String.valueOf(value)));
            } else if (list instanceof JsonNode node) {
                node.forEach(value -> values.add(value.asText()));
            } else if (list instanceof Map<?, ?> map) {
                map.values().forEach(value -> values.add(String.valueOf(value)));
            }
            return values;
        }
    }
}
