package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a package before anything of it is written: its descriptor (Frictionless Data Package and Table Schema, as far
 * as the loader supports them, and agreeing with the canonical schemas), then every row of every resource against the
 * canonical Table Schema (types, required, enum, minimum, pattern, unique, primary and foreign keys), and the rules of
 * the data that no Table Schema can say: ids in the namespace of the package's own governments, a status beside every
 * amount and never a 0 for a printed - or 비예산, parents of the right depth, dates in order, each dataset's provenance.
 * Ids are also checked against the packages already loaded ({@link Others}). Every problem is collected; none stops
 * the check but one that makes the rest unreadable.
 */
public final class PackageValidator {

    /** Which package already holds each government, administrative code and dataset id. */
    public record Others(Map<String, String> governments, Map<String, String> adminCodes,
            Map<String, String> datasets) {

        public static Others none() {
            return new Others(new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        /** These and the given package's, for the next package of the same load. */
        public void add(ValidatedPackage pkg, Map<String, String> adminCodes) {
            pkg.governments().forEach(g -> governments.put(g, pkg.name()));
            pkg.datasets().forEach(d -> datasets.put(d, pkg.name()));
            adminCodes.forEach((code, government) -> this.adminCodes.put(code, pkg.name()));
        }
    }

    /** What a validation gives: the package when it is valid, and the administrative codes it claims. */
    public record Result(ValidatedPackage pkg, Map<String, String> adminCodes) {
    }

    private static final Pattern PACKAGE_NAME = Pattern.compile("^[a-z0-9._-]+$");
    private static final Set<String> FORMULA_STARTS = Set.of("=", "@", "\t", "\r");
    private static final Set<String> DIALECT = Set.of("delimiter", "quoteChar", "doubleQuote", "header",
            "lineTerminator", "caseSensitiveHeader", "csvddfVersion", "skipInitialSpace", "formulaEscape");
    private static final List<String> PRECISIONS = List.of("DAY", "PART_OF_MONTH", "MONTH", "YEAR");
    private static final Set<String> DATED_RESOURCES = Set.of("pledges", "response_plans", "execution_lines",
            "achievements", "figures");

    private final PackageFiles files;
    private final CanonicalPackage canonical;
    private final Others others;
    private final PackageProblems problems;

    private Descriptor descriptor;
    private final Map<String, ValidatedPackage.Physical> physical = new LinkedHashMap<>();
    /** Primary keys of the resources read so far, for foreign keys. */
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, String> governmentLevels = new HashMap<>();
    private final Map<String, String> governmentCodes = new HashMap<>();
    private final Map<String, String> datasetGovernments = new LinkedHashMap<>();
    private final Map<String, Set<String>> datasetResources = new TreeMap<>();
    private final Map<String, Integer> pledgeDepths = new HashMap<>();
    private final Map<String, String> executionLines = new HashMap<>();
    private final Map<String, Long> rowCounts = new LinkedHashMap<>();
    private final List<ValidatedPackage.FieldNote> notes = new ArrayList<>();
    private final List<Runnable> afterResource = new ArrayList<>();

    private PackageValidator(PackageFiles files, CanonicalPackage canonical, Others others,
            PackageProblems problems) {
        this.files = files;
        this.canonical = canonical;
        this.others = others;
        this.problems = problems;
    }

    /**
     * Validates one package. Its problems are added to {@code problems}; the result holds the package only when it
     * has none.
     */
    public static Result validate(PackageFiles files, CanonicalPackage canonical, Others others,
            PackageProblems problems) throws IOException {
        PackageProblems own = new PackageProblems();
        PackageValidator validator = new PackageValidator(files, canonical, others, own);
        ValidatedPackage pkg = validator.run();
        problems.addAll(own);
        return new Result(own.isEmpty() ? pkg : null, validator.governmentCodes);
    }

    private String file(String path) {
        return files.label() + (files instanceof ZipPackage ? "!" : "/") + path;
    }

    private void descriptorProblem(String at, String problem, String value) {
        problems.add(file(PackageFiles.DESCRIPTOR), descriptor == null ? 0 : descriptor.line(at),
                descriptor == null ? 0 : descriptor.column(at), at, problem, value);
    }

    private ValidatedPackage run() throws IOException {
        if (!files.exists(PackageFiles.DESCRIPTOR)) {
            problems.add(file(PackageFiles.DESCRIPTOR), 0, 0, "", "missing: a package is a datapackage.json and the "
                    + "CSV files it names", null);
            return null;
        }
        try (InputStream in = files.open(PackageFiles.DESCRIPTOR)) {
            descriptor = Descriptor.read(in, file(PackageFiles.DESCRIPTOR), problems);
        }
        if (descriptor == null) {
            return null;
        }
        JsonNode root = descriptor.root();
        String name = root.path("name").asText("");
        if (!PACKAGE_NAME.matcher(name).matches()) {
            descriptorProblem("name", "a package needs a name of lower-case letters, digits, . _ and -", name);
        }
        if (root.has("profile") && !Set.of("tabular-data-package", "data-package").contains(root.path("profile")
                .asText())) {
            descriptorProblem("profile", "not a profile this loader reads (tabular-data-package)",
                    root.path("profile").asText());
        }
        Map<String, JsonNode> declared = resources(root);
        notes(root);
        if (!problems.isEmpty()) {
            return null;
        }
        for (CanonicalPackage.Resource resource : canonical.resources()) {
            JsonNode node = declared.get(resource.name());
            if (node != null) {
                readResource(resource, node);
            }
        }
        for (ValidatedPackage.FieldNote note : notes) {
            if (!datasetGovernments.containsKey(note.dataset())) {
                descriptorProblem("apiFieldNotes", "a note on a dataset that is not in the package's datasets.csv",
                        note.dataset());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ValidatedPackage(files, name, root.path("title").asText(null), files.version(), physical,
                List.copyOf(governmentLevels.keySet().stream().sorted().toList()),
                List.copyOf(datasetGovernments.keySet()), datasetResources, List.copyOf(notes), rowCounts,
                canonical);
    }

    /** The descriptor's resources by name, each checked against the canonical one; problems where they differ. */
    private Map<String, JsonNode> resources(JsonNode root) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        JsonNode list = root.path("resources");
        if (!list.isArray() || list.isEmpty()) {
            descriptorProblem("resources", "a package needs a list of resources", null);
            return declared;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String at = "resources[" + i + "]";
            String name = r.path("name").asText("");
            CanonicalPackage.Resource canon = canonical.resource(name);
            if (canon == null) {
                descriptorProblem(at + ".name", "not a resource this service has: one of "
                        + String.join(", ", canonical.resources().stream().map(CanonicalPackage.Resource::name)
                                .toList()),
                        name);
                continue;
            }
            if (declared.containsKey(name)) {
                descriptorProblem(at + ".name", "a second resource of this name", name);
                continue;
            }
            if (physical(at, r, canon)) {
                declared.put(name, r);
            }
        }
        for (String needed : List.of("governments", "datasets")) {
            if (!declared.containsKey(needed) && problems.isEmpty()) {
                descriptorProblem("resources", "a package needs the resource " + needed
                        + " (its own governments, and the datasets that give every row its provenance)", null);
            }
        }
        return declared;
    }

    /** Checks how a resource is stored and that its schema is the canonical one; records how to read it. */
    private boolean physical(String at, JsonNode r, CanonicalPackage.Resource canon) {
        int before = (int) problems.count();
        if (r.has("data")) {
            descriptorProblem(at + ".data", "inline data is not read: give the rows in a CSV file", null);
        }
        JsonNode pathNode = r.path("path");
        String path = pathNode.asText("");
        if (pathNode.isArray()) {
            descriptorProblem(at + ".path", "a path in several parts is not read: give one CSV file", null);
        } else if (!pathNode.isTextual() || path.isEmpty()) {
            descriptorProblem(at + ".path", "a resource needs the path of its CSV file", null);
        } else {
            Optional<String> unsafe = PackageFiles.unsafe(path);
            if (unsafe.isPresent()) {
                descriptorProblem(at + ".path", unsafe.get(), path);
            } else if (!files.exists(path)) {
                descriptorProblem(at + ".path", "no such file in the package", path);
            }
        }
        if (r.has("format") && !"csv".equalsIgnoreCase(r.path("format").asText())) {
            descriptorProblem(at + ".format", "only CSV resources are read", r.path("format").asText());
        }
        if (r.has("bytes") && (!r.path("bytes").canConvertToLong() || r.path("bytes").asLong() < 0
                || r.path("bytes").asLong() > PackageFiles.MAX_FILE_BYTES)) {
            descriptorProblem(at + ".bytes", "declares more than " + PackageFiles.MAX_FILE_BYTES
                    + " bytes, or no byte count", r.path("bytes").asText());
        }
        Charset charset = charset(at, r.path("encoding").asText("utf-8"));
        JsonNode dialect = r.path("dialect");
        char delimiter = ',';
        char quote = '"';
        boolean doubleQuote = true;
        boolean escape = false;
        if (dialect.isTextual()) {
            descriptorProblem(at + ".dialect", "give the dialect inline", dialect.asText());
        } else if (dialect.isObject()) {
            for (var names = dialect.fieldNames(); names.hasNext();) {
                String key = names.next();
                if (!DIALECT.contains(key)) {
                    descriptorProblem(at + ".dialect." + key, "a CSV Dialect property this loader does not read: "
                            + "the file would be misread", dialect.path(key).toString());
                }
            }
            delimiter = oneChar(at + ".dialect.delimiter", dialect.path("delimiter").asText(","));
            quote = oneChar(at + ".dialect.quoteChar", dialect.path("quoteChar").asText("\""));
            doubleQuote = dialect.path("doubleQuote").asBoolean(true);
            if (!dialect.path("header").asBoolean(true)) {
                descriptorProblem(at + ".dialect.header", "a CSV file needs its header row", "false");
            }
            if (dialect.path("skipInitialSpace").asBoolean(false)) {
                descriptorProblem(at + ".dialect.skipInitialSpace", "spaces are data here: not supported", "true");
            }
            if (dialect.has("formulaEscape")) {
                escape = "'".equals(dialect.path("formulaEscape").asText());
                if (!escape) {
                    descriptorProblem(at + ".dialect.formulaEscape", "the only formula escape is ' (an apostrophe)",
                            dialect.path("formulaEscape").asText());
                }
            }
        }
        JsonNode schema = r.path("schema");
        Set<String> missing = new HashSet<>(Set.of(""));
        if (!schema.isObject()) {
            descriptorProblem(at + ".schema", "a tabular resource needs its Table Schema inline", schema.asText());
        } else {
            schema(at + ".schema", schema, canon.schema());
            if (schema.has("missingValues")) {
                missing.clear();
                schema.path("missingValues").forEach(v -> missing.add(v.asText()));
                if (!schema.path("missingValues").isArray()) {
                    descriptorProblem(at + ".schema.missingValues", "a list of strings", schema.path("missingValues")
                            .toString());
                }
            }
        }
        if (problems.count() > before) {
            return false;
        }
        physical.put(canon.name(), new ValidatedPackage.Physical(path, charset, delimiter, quote, doubleQuote,
                Set.copyOf(missing), escape));
        return true;
    }

    private char oneChar(String at, String value) {
        if (value.length() != 1) {
            descriptorProblem(at, "one character", value);
            return ',';
        }
        return value.charAt(0);
    }

    /** UTF-8 by default; Korean agencies' CP949 (Microsoft's, which Java calls x-windows-949) and EUC-KR. */
    private Charset charset(String at, String encoding) {
        switch (encoding.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8" :
                return StandardCharsets.UTF_8;
            case "cp949", "ms949", "windows-949", "x-windows-949", "uhc" :
                // Java's own "cp949" is IBM's code page of that number: Korean agencies mean Microsoft's.
                return Charset.forName("x-windows-949");
            case "euc-kr" :
                return Charset.forName("EUC-KR");
            default :
                descriptorProblem(at + ".encoding", "not an encoding this loader reads (utf-8, cp949, euc-kr)",
                        encoding);
                return StandardCharsets.UTF_8;
        }
    }

    /** The declared schema must have the canonical fields, in order, with their types. */
    private void schema(String at, JsonNode schema, TableSchema canon) {
        JsonNode fields = schema.path("fields");
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.path("name").asText()));
        if (!names.equals(canon.names())) {
            descriptorProblem(at + ".fields", "the fields must be, in this order: " + String.join(", ",
                    canon.names()), String.join(", ", names));
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            JsonNode f = fields.get(i);
            Field c = canon.fields.get(i);
            String type = f.path("type").asText("string");
            if (!type.equals(c.type)) {
                descriptorProblem(at + ".fields[" + i + "].type", "the type of " + c.name + " is " + c.type, type);
            }
            if (f.has("format") && !"default".equals(f.path("format").asText())) {
                descriptorProblem(at + ".fields[" + i + "].format", "only the default format is read",
                        f.path("format").asText());
            }
            for (String unsupported : List.of("decimalChar", "groupChar", "bareNumber", "trueValues",
                    "falseValues")) {
                if (f.has(unsupported)) {
                    descriptorProblem(at + ".fields[" + i + "]." + unsupported,
                            "not read by this loader: write the values as the canonical schema does",
                            f.path(unsupported).toString());
                }
            }
        }
    }

    private void notes(JsonNode root) {
        JsonNode list = root.path("apiFieldNotes");
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String at = "apiFieldNotes[" + i + "]";
            String resource = n.path("resource").asText();
            String field = n.path("field").asText();
            Optional<CanonicalPackage.ApiResource> api = canonical.apiResources().stream()
                    .filter(a -> a.name().equals(resource)).findFirst();
            if (api.isEmpty() || api.get().fields().stream().noneMatch(f -> f.name().equals(field))) {
                descriptorProblem(at, "not a field of the API's dictionary", resource + "." + field);
            } else if (n.path("description").asText("").isBlank()) {
                descriptorProblem(at + ".description", "a note needs its description", null);
            } else {
                notes.add(new ValidatedPackage.FieldNote(n.path("dataset").asText(), resource, field,
                        n.path("description").asText()));
            }
        }
    }

    /** Reads every row of a resource, checks it, and keeps what later resources need. */
    private void readResource(CanonicalPackage.Resource resource, JsonNode declared) throws IOException {
        ValidatedPackage.Physical read = physical.get(resource.name());
        String file = file(read.path());
        TableSchema schema = resource.schema();
        List<Field> fields = schema.fields;
        Set<String> primary = new HashSet<>();
        Map<String, Set<String>> unique = new HashMap<>();
        List<Object[]> selfReferences = new ArrayList<>();
        long rows = 0;
        long declaredBytes = declared.path("bytes").asLong(-1);
        try (InputStream counted = files.open(read.path());
                CountingStream bytes = new CountingStream(counted);
                CsvReader csv = new CsvReader(bytes, read.charset(), read.delimiter(), read.quote(),
                        read.doubleQuote())) {
            CsvReader.CsvRecord header = csv.next();
            if (header == null) {
                problems.add(file, 1, 1, "", "empty: a CSV file needs its header row", null);
                return;
            }
            List<String> names = new ArrayList<>(header.cells());
            if (!names.equals(schema.names())) {
                problems.add(file, 1, 1, "", "the header must be the schema's fields in order: "
                        + String.join(",", schema.names()), String.join(",", names));
                return;
            }
            for (CsvReader.CsvRecord record; (record = csv.next()) != null;) {
                rows++;
                if (record.cells().size() != fields.size()) {
                    problems.add(file, record.line(), 1, "", record.cells().size() == 1 && record.cells().get(0)
                            .isEmpty()
                                    ? "an empty line"
                                    : "a row of " + record.cells().size()
                                            + " cells, the header has " + fields.size(),
                            null);
                    continue;
                }
                Row row = new Row(file, record.line(), schema);
                for (int i = 0; i < fields.size(); i++) {
                    Field field = fields.get(i);
                    String cell = record.cells().get(i);
                    if (read.missingValues().contains(cell)) {
                        if (field.required) {
                            row.problem(field.name, "required, but empty", cell);
                        }
                        continue;
                    }
                    if ("string".equals(field.type)) {
                        if (read.formulaEscape() && cell.startsWith(FormulaEscape.APOSTROPHE)) {
                            cell = FormulaEscape.unescape(cell);
                        } else if (!cell.isEmpty() && FORMULA_STARTS.contains(cell.substring(0, 1))) {
                            row.problem(field.name, "starts like a spreadsheet formula (= @ tab or CR), which a "
                                    + "spreadsheet would run; the service refuses it", cell);
                            continue;
                        }
                    }
                    try {
                        row.values[i] = field.read(cell);
                    } catch (Field.Invalid e) {
                        row.problem(field.name, e.getMessage(), cell);
                    }
                }
                if (!row.valid) {
                    continue;
                }
                String key = String.join("\u0000", schema.primaryKey.stream().map(row::get).toList());
                if (!primary.add(key)) {
                    row.problem(schema.primaryKey.get(schema.primaryKey.size() - 1), "a second row with the key "
                            + String.join(", ", schema.primaryKey), key.replace('\u0000', ','));
                }
                for (Field field : fields) {
                    String value = row.get(field.name);
                    if (field.unique && value != null && !field.name.equals("id")
                            && !unique.computeIfAbsent(field.name, k -> new HashSet<>()).add(value)) {
                        row.problem(field.name, "a second row with this value, which must be unique", value);
                    }
                }
                for (TableSchema.ForeignKey fk : schema.foreignKeys) {
                    String value = row.get(fk.field());
                    if (value == null) {
                        continue;
                    }
                    if (fk.resource().isEmpty()) {
                        selfReferences.add(new Object[]{row, fk.field(), value});
                    } else {
                        reference(row, fk, value);
                    }
                }
                rules(resource.name(), row);
                if (row.valid && DATED_RESOURCES.contains(resource.name())) {
                    datasetResources.computeIfAbsent(row.get("dataset_id"), d -> new LinkedHashSet<>())
                            .add(resource.name());
                }
            }
            if (declaredBytes >= 0 && bytes.count() != declaredBytes) {
                problems.add(file, 0, 0, "", "the descriptor declares " + declaredBytes + " bytes, the file has "
                        + bytes.count(), null);
            }
        } catch (CsvReader.Malformed e) {
            problems.add(file, e.line, 0, "", e.getMessage() + (e.getMessage().startsWith("bytes")
                    ? " (" + read.charset().displayName() + "); a file in CP949 must say so: \"encoding\": \"cp949\""
                    : ""), null);
            return;
        } catch (IOException e) {
            problems.add(file, 0, 0, "", "cannot be read: " + e.getMessage(), null);
            return;
        }
        rowCounts.put(resource.name(), rows);
        if (schema.primaryKey.equals(List.of("id"))) {
            keys.put(resource.name(), primary);
        }
        for (Object[] ref : selfReferences) {
            Row row = (Row) ref[0];
            String field = (String) ref[1];
            String value = (String) ref[2];
            if (!primary.contains(value)) {
                row.problem(field, "names no row of " + resource.name() + " in the package", value);
            } else {
                parent(resource.name(), row, value);
            }
        }
        afterResource.forEach(Runnable::run);
        afterResource.clear();
    }

    private void reference(Row row, TableSchema.ForeignKey fk, String value) {
        Set<String> referenced = keys.get(fk.resource());
        if (referenced != null && referenced.contains(value)) {
            return;
        }
        if (fk.resource().equals("governments")) {
            String owner = others.governments().get(value);
            row.problem(fk.field(), owner != null
                    ? "a government of the package " + owner
                            + ": a package adds rows only to the governments in its own governments.csv"
                    : "unknown government: not in the package's governments.csv", value);
        } else if (fk.resource().equals("datasets")) {
            row.problem(fk.field(), "unknown dataset: not in the package's datasets.csv, so the row would have no "
                    + "provenance", value);
        } else {
            row.problem(fk.field(), "names no row of " + fk.resource() + " in the package", value);
        }
    }

    /** The checks beyond Table Schema, by resource. */
    private void rules(String resource, Row row) {
        switch (resource) {
            case "governments" -> governments(row);
            case "datasets" -> datasets(row);
            case "pledges" -> {
                namespace(row, row.get("government_id"), ":");
                sameGovernment(row);
                amount(row, "total_amount", "total_status");
                String code = row.get("code");
                if (code != null) {
                    int depth = code.split("-").length - 1;
                    if (!String.valueOf(depth).equals(row.get("depth"))) {
                        row.problem("depth", "the code " + code + " has depth " + depth, row.get("depth"));
                    }
                    if (!code.split("-")[0].equals(row.get("area"))) {
                        row.problem("area", "the leading number of the code " + code, row.get("area"));
                    }
                    if (!(row.get("government_id") + ":" + code).equals(row.get("id"))) {
                        row.problem("id", "must be {government_id}:{code}: " + row.get("government_id") + ":" + code,
                                row.get("id"));
                    }
                }
                if ("2".equals(row.get("depth")) == (row.get("parent_id") == null)) {
                    row.problem("parent_id", "a sub-pledge (depth 2) has a parent, a pledge (depth 1) none",
                            row.get("parent_id"));
                }
                if (row.valid) {
                    pledgeDepths.put(row.get("id"), Integer.valueOf(row.get("depth")));
                }
            }
            case "investments" -> {
                String id = row.get("pledge_id") + ":" + row.get("period");
                if (!id.equals(row.get("id"))) {
                    row.problem("id", "must be {pledge_id}:{period}: " + id, row.get("id"));
                }
                amount(row, "amount", "status");
                period(row, true);
            }
            case "published_totals" -> {
                namespace(row, row.get("government_id"), ":");
                sameGovernment(row);
                amount(row, "amount", "status");
                period(row, row.get("period") != null);
            }
            case "response_plans", "figure_relations" -> {
                namespace(row, row.get("government_id"), ":");
                sameGovernment(row);
                if (resource.equals("figure_relations")) {
                    relation(row);
                }
            }
            case "response_stages", "response_criteria", "response_measures" -> namespace(row, row.get("plan_id"),
                    ":");
            case "execution_lines" -> execution(row);
            case "achievements" -> {
                namespace(row, row.get("government_id"), ":");
                sameGovernment(row);
                dates(row);
            }
            case "figures" -> {
                namespace(row, row.get("government_id"), ":");
                sameGovernment(row);
                if ("-".equals(row.get("value_text")) && row.get("value") != null) {
                    row.problem("value", "the source prints - here: leave the value empty (it is no 0)",
                            row.get("value"));
                }
            }
            default -> {
            }
        }
    }

    private void governments(Row row) {
        String id = row.get("id");
        String level = row.get("level");
        String code = row.get("admin_code");
        if (others.governments().containsKey(id)) {
            row.problem("id", "already a government of the package " + others.governments().get(id)
                    + ": a government belongs to one package", id);
        }
        if (code != null && others.adminCodes().containsKey(code)) {
            row.problem("admin_code", "already the code of a government of the package "
                    + others.adminCodes().get(code), code);
        }
        if (level != null && !("METROPOLITAN".equals(level) ? "광역" : "기초").equals(row.get("level_label"))) {
            row.problem("level_label", "the label of " + level + " is " + ("METROPOLITAN".equals(level)
                    ? "광역"
                    : "기초"), row.get("level_label"));
        }
        if (level != null && code != null && ("METROPOLITAN".equals(level) != (code.length() == 2))) {
            row.problem("admin_code", "a 광역 has a 2-digit 시도 code, a 기초 a 5-digit 시군구 code", code);
        }
        if (row.valid) {
            governmentLevels.put(id, level);
            governmentCodes.put(code, id);
        }
    }

    private void datasets(Row row) {
        String id = row.get("id");
        namespace(row, row.get("government_id"), "-");
        if (others.datasets().containsKey(id)) {
            row.problem("id", "already a dataset of the package " + others.datasets().get(id), id);
        }
        if (row.valid) {
            datasetGovernments.put(id, row.get("government_id"));
        }
    }

    /** An id starts with the id of its government (or plan, or pledge) and a separator: its namespace. */
    private static void namespace(Row row, String owner, String separator) {
        String id = row.get("id");
        if (owner != null && id != null && !id.startsWith(owner + separator)) {
            row.problem("id", "outside the namespace: the id must start with " + owner + separator, id);
        }
    }

    /** A row's dataset is one of its own government's. */
    private void sameGovernment(Row row) {
        String dataset = datasetGovernments.get(row.get("dataset_id"));
        if (dataset != null && !dataset.equals(row.get("government_id"))) {
            row.problem("dataset_id", "a dataset of the government " + dataset + ", not of " + row.get(
                    "government_id"), row.get("dataset_id"));
        }
    }

    /**
     * An amount and its status agree: a number where AMOUNT, nothing where - (NONE) or 비예산 (NON_BUDGET) was
     * printed; a 0 there is the confusion the API exists to prevent.
     */
    private static void amount(Row row, String amountField, String statusField) {
        String amount = row.get(amountField);
        String status = row.get(statusField);
        if (status == null) {
            return;
        }
        if (status.equals("AMOUNT") && amount == null) {
            row.problem(amountField, "status AMOUNT needs the amount as printed", null);
        } else if (!status.equals("AMOUNT") && amount != null) {
            row.problem(amountField, new BigDecimal(amount).signum() == 0
                    ? "0 written for a printed " + ("NONE".equals(status) ? "-" : "비예산") + " (status " + status
                            + "): leave the amount empty"
                    : "an amount with status " + status + ", which has none", amount);
        }
    }

    /** The period names its years: 2024 is 2024 to 2024, 2022-2023 is 2022 to 2023. */
    private static void period(Row row, boolean given) {
        String period = row.get("period");
        String from = row.get("from_year");
        String to = row.get("to_year");
        if (!given) {
            if (from != null || to != null) {
                row.problem("from_year", "years without a period", from);
            }
            return;
        }
        if (from == null || to == null) {
            row.problem("from_year", "a period needs its first and last year", from);
            return;
        }
        if (Integer.parseInt(to) < Integer.parseInt(from)) {
            row.problem("to_year", "before from_year " + from, to);
        }
        String expected = from.equals(to) ? from : from + "-" + to;
        if (period != null && !period.equals(expected)) {
            row.problem("period", "the years " + from + " to " + to + " are the period " + expected, period);
        }
    }

    private void execution(Row row) {
        namespace(row, row.get("government_id"), ":");
        sameGovernment(row);
        boolean statement = "STATEMENT".equals(row.get("kind"));
        if (statement != (row.get("statement_status") != null && row.get("statement_text") != null)) {
            row.problem("statement_status", "a STATEMENT line, and only one, has a statement status and text",
                    row.get("statement_status"));
        }
        if (statement) {
            for (String amount : List.of("budget_amount", "executed_amount", "execution_rate", "remaining_amount",
                    "note", "current_budget_amount", "commitment_amount", "expenditure_amount",
                    "carried_over_amount", "carried_over_status", "unspent_amount", "unspent_rate")) {
                if (row.get(amount) != null) {
                    row.problem(amount, "a statement (" + row.get("statement_text") + ") has no amount, never 0",
                            row.get(amount));
                }
            }
        }
        String carried = row.get("carried_over_amount");
        String status = row.get("carried_over_status");
        if ("NONE".equals(status) && carried != null) {
            row.problem("carried_over_amount", new BigDecimal(carried).signum() == 0
                    ? "0 written for a printed - (carried_over_status NONE): leave the amount empty"
                    : "an amount with carried_over_status NONE", carried);
        } else if (carried != null && !"AMOUNT".equals(status)) {
            row.problem("carried_over_status", "an amount carried over needs the status AMOUNT", status);
        } else if ("AMOUNT".equals(status) && carried == null) {
            row.problem("carried_over_amount", "carried_over_status AMOUNT needs the amount", null);
        }
        if ("0".equals(row.get("depth")) != (row.get("parent_id") == null)) {
            row.problem("parent_id", "a line of depth 0 has no parent, any other line one", row.get("parent_id"));
        }
        if (row.valid) {
            executionLines.put(row.get("id"), row.get("dataset_id") + "\u0000" + row.get("depth"));
        }
    }

    private static void dates(Row row) {
        String from = row.get("date_from");
        String to = row.get("date_to");
        for (String end : List.of("from", "to")) {
            boolean date = row.get("date_" + end) != null;
            if (date != (row.get("date_" + end + "_precision") != null)) {
                row.problem("date_" + end + "_precision", "given exactly when date_" + end + " is",
                        row.get("date_" + end + "_precision"));
            }
        }
        if ((from != null) != (row.get("date_precision") != null)) {
            row.problem("date_precision", "given exactly when date_from is", row.get("date_precision"));
        }
        if (from != null && to != null && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
            row.problem("date_to", "before date_from " + from, to);
        }
        String precision = row.get("date_precision");
        if (precision != null && row.valid) {
            int coarser = Math.max(PRECISIONS.indexOf(row.get("date_from_precision")),
                    to == null ? -1 : PRECISIONS.indexOf(row.get("date_to_precision")));
            if (PRECISIONS.indexOf(precision) != coarser) {
                row.problem("date_precision", "the coarser of the two ends' precisions: " + PRECISIONS.get(coarser),
                        precision);
            }
        }
    }

    private void relation(Row row) {
        boolean growth = "GROWTH_RATE".equals(row.get("kind"));
        if (growth != (row.get("decimals") != null)) {
            row.problem("decimals", "given for a GROWTH_RATE, and only for one", row.get("decimals"));
        }
        String operands = row.get("operand_ids");
        if (operands == null) {
            return;
        }
        String[] ids = operands.substring(1, operands.length() - 1).split(",");
        if (growth && ids.length != 2) {
            row.problem("operand_ids", "a GROWTH_RATE has two operands", operands);
        }
        Set<String> figures = keys.getOrDefault("figures", Set.of());
        for (String id : ids) {
            if (!figures.contains(id)) {
                row.problem("operand_ids", "names no figure of the package: " + id, operands);
            }
        }
    }

    /** A parent found: is it the right kind of parent? */
    private void parent(String resource, Row row, String parent) {
        switch (resource) {
            case "governments" -> {
                if (!"METROPOLITAN".equals(governmentLevels.get(parent))) {
                    row.problem("parent_id", "the parent of a government is a 광역 (METROPOLITAN)", parent);
                } else if (!String.valueOf(row.get("admin_code")).startsWith(governmentCodesById(parent))) {
                    row.problem("admin_code", "a 기초's code starts with its 광역's code " + governmentCodesById(parent),
                            row.get("admin_code"));
                } else if ("METROPOLITAN".equals(row.get("level"))) {
                    row.problem("parent_id", "a 광역 has no parent", parent);
                }
            }
            case "pledges" -> {
                if (!Integer.valueOf(1).equals(pledgeDepths.get(parent))) {
                    row.problem("parent_id", "the parent of a sub-pledge is a pledge of depth 1", parent);
                } else if (!parent.startsWith(row.get("government_id") + ":")) {
                    row.problem("parent_id", "a pledge of another government", parent);
                }
            }
            case "execution_lines" -> {
                String[] own = executionLines.getOrDefault(row.get("id"), "\u0000-1").split("\u0000");
                String[] up = executionLines.getOrDefault(parent, "\u0000-2").split("\u0000");
                if (!own[0].equals(up[0])) {
                    row.problem("parent_id", "a line of another dataset", parent);
                } else if (Integer.parseInt(own[1]) != Integer.parseInt(up[1]) + 1) {
                    row.problem("depth", "one more than its parent's depth " + up[1], own[1]);
                }
            }
            default -> {
            }
        }
    }

    private String governmentCodesById(String id) {
        return governmentCodes.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** One row being checked: its cells as read, and its problems, which go straight to the package's. */
    private final class Row {
        final String file;
        final long line;
        final TableSchema schema;
        final String[] values;
        boolean valid = true;

        Row(String file, long line, TableSchema schema) {
            this.file = file;
            this.line = line;
            this.schema = schema;
            this.values = new String[schema.fields.size()];
        }

        String get(String field) {
            int i = schema.indexOf(field);
            return i < 0 ? null : values[i];
        }

        void problem(String field, String problem, String value) {
            valid = false;
            problems.add(file, line, schema.indexOf(field) + 1, field, problem, value);
        }
    }

    /** Counts the bytes of a file as they are read, for its declared size. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
