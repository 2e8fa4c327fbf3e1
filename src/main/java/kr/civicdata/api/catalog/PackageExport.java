package kr.civicdata.api.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

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
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.representation.DataVersion;
import kr.civicdata.api.web.representation.StreamConfig;

/**
 * The data as a Frictionless data package (a zip of datapackage.json and the CSV files), the whole catalog or one
 * dataset, in the bundled package's format: what {@code load} reads back into the same answers. Text cells that a
 * spreadsheet would run as a formula are defused ({@link FormulaEscape}), which every resource's dialect declares, so
 * that a loader gets the text back exactly. The dictionary notes of the datasets come along. The zip is written a part
 * at a time ({@link #write}): whole into memory for a small package, straight to the client for a large one
 * ({@link kr.civicdata.api.web.representation.Representations#largeDocument}), the same bytes either way.
 */
@ApplicationScoped
public class PackageExport {

    /** The name of the package of the whole catalog. */
    public static final String CATALOG = "localgov-open-data-catalog";
    private static final String CATALOG_TITLE = "Korean local-government open data: the whole catalog";
    /** Zip entries carry this time, so that the same data gives the same bytes and the same ETag. */
    private static final long ENTRY_TIME = 315_532_800_000L;

    @Inject
    SqlReads sql;

    @Inject
    DataVersion dataVersion;

    @Inject
    DatasetRepository datasets;

    @Inject
    StreamConfig streams;

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

    /**
     * The whole catalog, opened under {@code data}: what the package holds is decided now (its descriptor); the body
     * writes it, each table's rows read a part at a time.
     */
    public StreamingOutput catalog(DataVersion.Snapshot data) {
        Plan plan = dataVersion.build(data, () -> plan(CATALOG, CATALOG_TITLE, null));
        return out -> write(plan, data, out);
    }

    /**
     * One dataset, with its government (and that government's 광역) and every row that hangs off its rows, opened as
     * {@link #catalog}; 404 for a dataset the data does not hold.
     */
    public StreamingOutput dataset(DataVersion.Snapshot data, String id) {
        Plan plan = dataVersion.build(data, () -> {
            Dataset dataset = datasets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("dataset",
                    id));
            return plan(dataset.id, dataset.title, dataset.id);
        });
        return out -> write(plan, data, out);
    }

    /** What a package holds, known before its first byte: its descriptor and the tables it has a file of. */
    private record Plan(String dataset, byte[] descriptor, List<CanonicalPackage.Resource> tables) {
    }

    /** One part of a table: its rows as CSV, how many, and the primary key of the last (where the next begins). */
    private record Part(byte[] csv, int rows, Object[] last) {
    }

    /**
     * The descriptor lists every table with rows (one cheap query each), and governments and datasets in any case.
     */
    private Plan plan(String name, String title, String dataset) {
        CanonicalPackage canonical = CanonicalPackage.bundled();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<CanonicalPackage.Resource> tables = new ArrayList<>();
        ArrayNode resources = mapper.createArrayNode();
        for (CanonicalPackage.Resource resource : canonical.resources()) {
            if (!List.of("governments", "datasets").contains(resource.name()) && !hasRows(resource, dataset)) {
                continue;
            }
            tables.add(resource);
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
        try {
            return new Plan(dataset, mapper.writeValueAsBytes(pkg), List.copyOf(tables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the zip: datapackage.json, then each table's CSV, its rows read a part of {@link StreamConfig#chunkRows()}
     * at a time after the last part's primary key, each part in a transaction of its own under {@code data}
     * ({@link DataVersion#build}: a load committed meanwhile ends the writing with {@link DataVersion.Stale} rather
     * than mix two versions). The zip is finished, not closed: the stream is its owner's.
     */
    private void write(Plan plan, DataVersion.Snapshot data, OutputStream out) throws IOException {
        int chunk = Math.max(1, streams.chunkRows());
        ZipOutputStream zip = new ZipOutputStream(out);
        begin(zip, PackageFiles.DESCRIPTOR);
        zip.write(plan.descriptor());
        zip.closeEntry();
        for (CanonicalPackage.Resource resource : plan.tables()) {
            begin(zip, resource.path());
            zip.write((String.join(",", resource.schema().names()) + "\n").getBytes(StandardCharsets.UTF_8));
            Object[] after = null;
            for (Part part;; after = part.last()) {
                Object[] from = after;
                part = dataVersion.build(data, () -> part(resource, plan.dataset(), from, chunk));
                zip.write(part.csv());
                if (part.rows() < chunk) {
                    break;
                }
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void begin(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    /** Which rows of a table are the dataset's ({@link #OF_DATASET}), its parameters added; null for the catalog. */
    private static String where(CanonicalPackage.Resource resource, String dataset, List<Object> parameters) {
        if (dataset == null) {
            return null;
        }
        String where = OF_DATASET.getOrDefault(resource.name(), "dataset_id = ?");
        for (int i = where.indexOf('?'); i >= 0; i = where.indexOf('?', i + 1)) {
            parameters.add(dataset);
        }
        return where;
    }

    private boolean hasRows(CanonicalPackage.Resource resource, String dataset) {
        List<Object> parameters = new ArrayList<>();
        String where = where(resource, dataset, parameters);
        String exists = "SELECT EXISTS (SELECT 1 FROM " + BundledData.table(resource.name())
                + (where == null ? "" : " WHERE " + where) + ")";
        return sql.read(statements -> {
            try (PreparedStatement statement = statements.prepare(exists, parameters);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /**
     * The next rows of a table (of one dataset, or all) in the order of its primary key, after {@code after} (the key
     * of the last row written; null for the first part), as RFC 4180 CSV, text cells defused. The key columns are read
     * raw beside the text of the fields, so that the next part compares them as their own SQL types (a composite key
     * as a row value).
     */
    private Part part(CanonicalPackage.Resource resource, String dataset, Object[] after, int chunk) {
        List<Field> fields = resource.schema().fields;
        List<String> key = resource.schema().primaryKey;
        List<Object> parameters = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT ").append(String.join(", ", key));
        fields.forEach(field -> select.append(", ").append(field.name).append("::text"));
        String table = BundledData.table(resource.name());
        select.append(" FROM ").append(table);
        String where = where(resource, dataset, parameters);
        if (after != null) {
            String next = "(" + String.join(", ", key) + ") > (" + String.join(", ", Collections.nCopies(key.size(),
                    "?")) + ")";
            where = where == null ? next : "(" + where + ") AND " + next;
            parameters.addAll(Arrays.asList(after));
        }
        if (where != null) {
            select.append(" WHERE ").append(where);
        }
        // Qualified: the key's names alone would also name the text columns, and order an integer key as text.
        select.append(" ORDER BY ").append(String.join(", ", key.stream().map(column -> table + "." + column)
                .toList())).append(" LIMIT ?");
        parameters.add(chunk);
        return sql.read(statements -> {
            StringBuilder out = new StringBuilder();
            Object[] last = after;
            int rows = 0;
            try (PreparedStatement statement = statements.prepare(select.toString(), parameters);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    last = new Object[key.size()];
                    for (int i = 0; i < key.size(); i++) {
                        last[i] = rs.getObject(i + 1);
                    }
                    for (int i = 0; i < fields.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        String value = rs.getString(key.size() + i + 1);
                        if (value != null) {
                            cell(out, "string".equals(fields.get(i).type) ? FormulaEscape.escape(value) : value);
                        }
                    }
                    out.append('\n');
                    rows++;
                }
            }
            return new Part(out.toString().getBytes(StandardCharsets.UTF_8), rows, last);
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
                    + " ORDER BY dataset_id, ord", dataset == null ? List.of() : List.of(dataset))) {
                // Read by a cursor, a part at a time: the dictionary of national-scale data is some 50 MB of rows, of
                // which few say something else than the default (the driver otherwise holds every row at once).
                statement.setFetchSize(Math.max(1, streams.chunkRows()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String description = rs.getString(4);
                        if (!description.equals(defaults.get(rs.getString(2) + "\u0000" + rs.getString(3)))) {
                            notes.addObject().put("dataset", rs.getString(1)).put("resource", rs.getString(2))
                                    .put("field", rs.getString(3)).put("description", description);
                        }
                    }
                }
            }
            return null;
        });
        return notes;
    }
}
