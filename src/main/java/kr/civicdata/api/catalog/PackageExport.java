package kr.civicdata.api.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.civicdata.api.datapackage.CanonicalPackage;
import kr.civicdata.api.datapackage.Field;
import kr.civicdata.api.datapackage.FormulaEscape;
import kr.civicdata.api.datapackage.PackageFiles;
import kr.civicdata.api.db.SqlReads;

/**
 * The data as a Frictionless data package (a zip of datapackage.json and the CSV files), the whole catalog or one
 * dataset, in the bundled package's format: what {@code load} reads back into the same answers. Text cells that a
 * spreadsheet would run as a formula are defused ({@link FormulaEscape}), which every resource's dialect declares, so
 * that a loader gets the text back exactly. The dictionary notes of the datasets come along.
 */
@ApplicationScoped
public class PackageExport {

    /** The name of the package of the whole catalog. */
    public static final String CATALOG = "localgov-open-data-catalog";
    /** Zip entries carry this time, so that the same data gives the same bytes and the same ETag. */
    private static final long ENTRY_TIME = 315_532_800_000L;

    @Inject
    SqlReads sql;

    /** Where each table's rows of one dataset are (the parameter is the dataset id). */
    private static final Map<String, String> OF_DATASET = Map.ofEntries(
            Map.entry("governments", "id IN (SELECT government_id FROM dataset WHERE id = ?) OR id IN "
                    + "(SELECT g.parent_id FROM government g JOIN dataset d ON d.government_id = g.id WHERE d.id = ?)"),
            Map.entry("datasets", "id = ?"),
            Map.entry("investments", "pledge_id IN (SELECT id FROM pledge WHERE dataset_id = ?)"),
            Map.entry("response_stages", "plan_id IN (SELECT id FROM response_plan WHERE dataset_id = ?)"),
            Map.entry("response_criteria", "plan_id IN (SELECT id FROM response_plan WHERE dataset_id = ?)"),
            Map.entry("response_measures", "plan_id IN (SELECT id FROM response_plan WHERE dataset_id = ?)"),
            Map.entry("achievement_sections", "achievement_id IN (SELECT id FROM achievement WHERE dataset_id = ?)"));

    /** The whole catalog. */
    public byte[] catalog() {
        return export(CATALOG, "Korean local-government open data: the whole catalog", null);
    }

    /** One dataset, with its government (and that government's 광역) and every row that hangs off its rows. */
    public byte[] dataset(String id, String title) {
        return export(id, title, id);
    }

    private byte[] export(String name, String title, String dataset) {
        CanonicalPackage canonical = CanonicalPackage.bundled();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, byte[]> files = new LinkedHashMap<>();
        ArrayNode resources = mapper.createArrayNode();
        for (CanonicalPackage.Resource resource : canonical.resources()) {
            String csv = csv(resource, dataset);
            boolean empty = csv.indexOf('\n') == csv.length() - 1;
            if (empty && !List.of("governments", "datasets").contains(resource.name())) {
                continue;
            }
            files.put(resource.path(), csv.getBytes(StandardCharsets.UTF_8));
            ObjectNode descriptor = resource.descriptor().deepCopy();
            ((ObjectNode) descriptor.get("dialect")).put("formulaEscape", FormulaEscape.APOSTROPHE);
            resources.add(descriptor);
        }
        JsonNode root = canonical.root();
        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("profile", root.path("profile").asText());
        pkg.put("name", name);
        pkg.put("title", title);
        pkg.put("description", "Exported by the Korean local-government open data API from the data it serves: "
                + root.path("description").asText() + " Text cells that start as a spreadsheet formula would "
                + "carry a leading apostrophe, as each resource's dialect declares (formulaEscape).");
        pkg.set("resources", resources);
        pkg.set("apiFieldNotes", notes(canonical, dataset, mapper));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, PackageFiles.DESCRIPTOR, mapper.writeValueAsBytes(pkg));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** A table's rows (of one dataset, or all) as RFC 4180 CSV with its header, text cells defused. */
    private String csv(CanonicalPackage.Resource resource, String dataset) {
        List<Field> fields = resource.schema().fields;
        String table = BundledData.table(resource.name());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < fields.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(fields.get(i).name).append("::text");
        }
        select.append(" FROM ").append(table);
        List<Object> parameters = new ArrayList<>();
        if (dataset != null) {
            String where = OF_DATASET.getOrDefault(resource.name(), "dataset_id = ?");
            select.append(" WHERE ").append(where);
            for (int i = where.indexOf('?'); i >= 0; i = where.indexOf('?', i + 1)) {
                parameters.add(dataset);
            }
        }
        select.append(" ORDER BY ").append(String.join(", ", resource.schema().primaryKey));
        return sql.read(statements -> {
            StringBuilder out = new StringBuilder(String.join(",", resource.schema().names())).append('\n');
            try (PreparedStatement statement = statements.prepare(select.toString(), parameters);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < fields.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        String value = rs.getString(i + 1);
                        if (value != null) {
                            cell(out, "string".equals(fields.get(i).type) ? FormulaEscape.escape(value) : value);
                        }
                    }
                    out.append('\n');
                }
            }
            return out.toString();
        });
    }

    /** A present value; quoted when it holds a comma, a quote or a line break, or is empty (never missing). */
    private static void cell(StringBuilder out, String value) {
        if (value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            out.append(value);
        }
    }

    /** The dictionary entries of the datasets that say something else than the API resource's default. */
    private ArrayNode notes(CanonicalPackage canonical, String dataset, ObjectMapper mapper) {
        Map<String, String> defaults = new LinkedHashMap<>();
        canonical.apiResources().forEach(api -> api.fields().forEach(f -> defaults.put(api.name() + "\u0000"
                + f.name(), f.description())));
        ArrayNode notes = mapper.createArrayNode();
        sql.read(statements -> {
            try (PreparedStatement statement = statements.prepare("SELECT dataset_id, resource, field, description "
                    + "FROM dataset_field" + (dataset == null ? "" : " WHERE dataset_id = ?")
                    + " ORDER BY dataset_id, ord", dataset == null ? List.of() : List.of(dataset));
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String description = rs.getString(4);
                    if (!description.equals(defaults.get(rs.getString(2) + "\u0000" + rs.getString(3)))) {
                        notes.addObject().put("dataset", rs.getString(1)).put("resource", rs.getString(2))
                                .put("field", rs.getString(3)).put("description", description);
                    }
                }
            }
            return null;
        });
        return notes;
    }
}
