package kr.civicdata.api.datapackage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A Table Schema: its fields in order, primary key and foreign keys. */
public final class TableSchema {

    /** A foreign key: a field and the resource (empty for this one) whose primary-key field it names. */
    public record ForeignKey(String field, String resource, String referencedField) {
    }

    public final List<Field> fields;
    public final List<String> primaryKey;
    public final List<ForeignKey> foreignKeys;
    private final Map<String, Integer> index = new HashMap<>();

    TableSchema(JsonNode schema) {
        List<Field> list = new ArrayList<>();
        schema.path("fields").forEach(f -> list.add(new Field(f)));
        this.fields = List.copyOf(list);
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).name, i);
        }
        List<String> key = new ArrayList<>();
        JsonNode pk = schema.path("primaryKey");
        if (pk.isTextual()) {
            key.add(pk.asText());
        } else {
            pk.forEach(k -> key.add(k.asText()));
        }
        this.primaryKey = List.copyOf(key);
        List<ForeignKey> fks = new ArrayList<>();
        schema.path("foreignKeys").forEach(fk -> fks.add(new ForeignKey(first(fk.path("fields")),
                fk.path("reference").path("resource").asText(), first(fk.path("reference").path("fields")))));
        this.foreignKeys = List.copyOf(fks);
    }

    private static String first(JsonNode fields) {
        return fields.isArray() ? fields.path(0).asText() : fields.asText();
    }

    /** Position of a field, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    public List<String> names() {
        return fields.stream().map(f -> f.name).toList();
    }
}
