package kr.civicdata.api.datapackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package every row of which was found valid: what a load needs to write it. The rows are read again from the files
 * when they are written ({@link #rows}), so that a national-scale package is never held in memory whole.
 */
public final class ValidatedPackage {

    /** How one resource's file is read: where, in which encoding and dialect, what is missing, what is escaped. */
    record Physical(String path, Charset charset, char delimiter, char quote, boolean doubleQuote,
            Set<String> missingValues, boolean formulaEscape) {

        CsvReader open(PackageFiles files) throws IOException {
            InputStream in = files.open(path);
            return new CsvReader(in, charset, delimiter, quote, doubleQuote);
        }
    }

    /** A note of the dictionary for one dataset: the description of an API field in that dataset. */
    public record FieldNote(String dataset, String resource, String field, String description) {
    }

    /** Receives the rows of a resource, each as the texts of the canonical fields in order (null where missing). */
    @FunctionalInterface
    public interface RowSink {
        void row(String[] values) throws IOException;
    }

    private final PackageFiles files;
    private final String name;
    private final String title;
    private final String version;
    private final Map<String, Physical> physical;
    private final List<String> governments;
    private final List<String> datasets;
    private final Map<String, Set<String>> datasetResources;
    private final List<FieldNote> notes;
    private final Map<String, Long> rowCounts;
    private final CanonicalPackage canonical;

    ValidatedPackage(PackageFiles files, String name, String title, String version, Map<String, Physical> physical,
            List<String> governments, List<String> datasets, Map<String, Set<String>> datasetResources,
            List<FieldNote> notes, Map<String, Long> rowCounts, CanonicalPackage canonical) {
        this.files = files;
        this.name = name;
        this.title = title;
        this.version = version;
        this.physical = physical;
        this.governments = governments;
        this.datasets = datasets;
        this.datasetResources = datasetResources;
        this.notes = notes;
        this.rowCounts = rowCounts;
        this.canonical = canonical;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** SHA-256 of the package's files. */
    public String version() {
        return version;
    }

    public String source() {
        return files.label();
    }

    /** The governments the package owns: all its rows are theirs, and replacing the package replaces them. */
    public List<String> governments() {
        return governments;
    }

    public List<String> datasets() {
        return datasets;
    }

    /** For each dataset, the resources (tables) that hold its rows; the dictionary lists the API resources over them. */
    public Map<String, Set<String>> datasetResources() {
        return datasetResources;
    }

    public List<FieldNote> notes() {
        return notes;
    }

    /** Rows per resource of the package. */
    public Map<String, Long> rowCounts() {
        return rowCounts;
    }

    public boolean has(String resource) {
        return physical.containsKey(resource);
    }

    /** Reads the rows of a resource again, as they were validated, and hands each to the sink. */
    public void rows(String resource, RowSink sink) throws IOException {
        Physical read = physical.get(resource);
        if (read == null) {
            return;
        }
        List<Field> fields = canonical.resource(resource).schema().fields;
        try (CsvReader csv = read.open(files)) {
            csv.next();
            for (CsvReader.CsvRecord record; (record = csv.next()) != null;) {
                String[] values = new String[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    String cell = record.cells().get(i);
                    if (read.missingValues().contains(cell)) {
                        continue;
                    }
                    if (read.formulaEscape() && "string".equals(fields.get(i).type)) {
                        cell = FormulaEscape.unescape(cell);
                    }
                    try {
                        values[i] = fields.get(i).read(cell);
                    } catch (Field.Invalid e) {
                        throw new IOException(resource + " changed since it was validated: line " + record.line());
                    }
                }
                sink.row(values);
            }
        }
    }
}
