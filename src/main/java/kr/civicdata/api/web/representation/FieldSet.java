package kr.civicdata.api.web.representation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.civicdata.api.web.problem.Problem;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.problem.Problems;

/**
 * The fields a client asked for with {@code fields=id,title,execution.budget}: checked against the fields of the rows
 * (the components of their record, nested records and the records in lists by {@code outer.inner}), and applied to
 * the JSON of a row and to the CSV columns. One for every resource: the representation layer knows the row type.
 */
final class FieldSet {

    /** The fields asked for under this level: a name with null keeps the whole field, else the fields under it. */
    private final Map<String, FieldSet> fields = new LinkedHashMap<>();

    private FieldSet() {
    }

    /**
     * The field set of {@code text}, comma-separated paths of {@code type}'s fields; a 400 naming {@code fields} and
     * each unknown field, with the fields there are.
     */
    static FieldSet parse(String text, Class<?> type) {
        FieldSet set = new FieldSet();
        List<Problem.ParameterError> errors = new ArrayList<>();
        for (String path : text.split(",", -1)) {
            String problem = set.add(path.strip(), type);
            if (problem != null) {
                errors.add(new Problem.ParameterError("fields", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(errors);
        }
        return set;
    }

    /** Adds one path; why it is no field of the type, or null. */
    private String add(String path, Class<?> type) {
        if (path.isEmpty()) {
            return "holds an empty field name; give field names separated by commas";
        }
        FieldSet level = this;
        Class<?> current = type;
        String[] parts = path.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            RecordComponent component = component(current, parts[i]);
            if (component == null) {
                String where = i == 0 ? "" : " of " + String.join(".", List.of(parts).subList(0, i));
                return "'" + Problems.printable(path) + "' is not a field" + where
                        + "; fields" + where + ": " + names(current);
            }
            boolean last = i == parts.length - 1;
            Class<?> inner = inner(component);
            if (!last && inner == null) {
                return "'" + parts[i] + "' has no fields under it; give " + String.join(".",
                        List.of(parts).subList(0, i + 1));
            }
            if (last) {
                level.fields.put(parts[i], null); // the whole field, even if parts of it were asked for too
            } else {
                FieldSet next = level.fields.containsKey(parts[i]) ? level.fields.get(parts[i]) : new FieldSet();
                if (next == null) {
                    return null; // already whole
                }
                level.fields.put(parts[i], next);
                level = next;
                current = inner;
            }
        }
        return null;
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static String names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return String.join(", ", names);
    }

    /** The record a field holds, itself or as the elements of a list; null for a plain value. */
    private static Class<?> inner(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementType && elementType.isRecord()) {
                return elementType;
            }
        }
        return null;
    }

    /** The canonical text: the paths in the order given, for the cache key and the links. */
    String canonical() {
        List<String> paths = new ArrayList<>();
        collect("", paths);
        return String.join(",", paths);
    }

    private void collect(String prefix, List<String> paths) {
        fields.forEach((name, under) -> {
            if (under == null) {
                paths.add(prefix + name);
            } else {
                under.collect(prefix + name + ".", paths);
            }
        });
    }

    /** Keeps only the fields asked for in this JSON object (or in each object of this array); nulls stay. */
    void apply(JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(this::apply);
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!fields.containsKey(field.getKey())) {
                    it.remove();
                } else if (fields.get(field.getKey()) != null) {
                    fields.get(field.getKey()).apply(field.getValue());
                }
            }
        }
    }

    /** Whether a CSV column (a path such as {@code execution.budget}) is asked for. */
    boolean keepsColumn(String column) {
        FieldSet level = this;
        for (String part : column.split("\\.")) {
            if (!level.fields.containsKey(part)) {
                return false;
            }
            level = level.fields.get(part);
            if (level == null) {
                return true;
            }
        }
        return true;
    }
}
