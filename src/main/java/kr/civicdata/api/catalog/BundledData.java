package kr.civicdata.api.catalog;

import java.io.InputStream;
import java.util.List;

/**
 * The CSV files under {@code src/main/resources/data}, in the order their foreign keys need; {@link DataFiles} reads
 * them, or files of the same names elsewhere, and gives their version.
 */
public final class BundledData {

    /** A bundled file and the table it fills. */
    public record DataFile(String table, String fileName) {
        public String resourcePath() {
            return "data/" + fileName;
        }

        public InputStream open() {
            InputStream in = BundledData.class.getClassLoader().getResourceAsStream(resourcePath());
            if (in == null) {
                throw new IllegalStateException("Bundled data file missing: " + resourcePath());
            }
            return in;
        }
    }

    public static final List<DataFile> FILES = List.of(
            new DataFile("government", "governments.csv"),
            new DataFile("dataset", "datasets.csv"),
            new DataFile("dataset_field", "dataset_fields.csv"),
            new DataFile("pledge", "pledges.csv"),
            new DataFile("investment", "investments.csv"),
            new DataFile("published_total", "published_totals.csv"),
            new DataFile("response_plan", "response_plans.csv"),
            new DataFile("response_stage", "response_stages.csv"),
            new DataFile("response_criterion", "response_criteria.csv"),
            new DataFile("response_measure", "response_measures.csv"),
            new DataFile("execution_line", "execution_lines.csv"),
            new DataFile("achievement", "achievements.csv"),
            new DataFile("achievement_section", "achievement_sections.csv"),
            new DataFile("figure", "figures.csv"),
            new DataFile("figure_relation", "figure_relations.csv"));

    private BundledData() {
    }
}
