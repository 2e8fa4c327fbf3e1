package kr.civicdata.api.catalog;

import java.util.List;

/**
 * The tables a data package fills, by the name of the package resource that fills them, in the order their foreign
 * keys need. The resources themselves (files, fields, types, constraints) are described once, in the bundled
 * {@code src/main/resources/data/datapackage.json}; {@code dataset_field} is no resource: the loader derives each
 * dataset's field dictionary from that descriptor.
 */
public final class BundledData {

    /** A resource of a package and the table it fills. */
    public record Table(String resource, String table) {
    }

    public static final List<Table> TABLES = List.of(
            new Table("governments", "government"),
            new Table("datasets", "dataset"),
            new Table("pledges", "pledge"),
            new Table("investments", "investment"),
            new Table("published_totals", "published_total"),
            new Table("response_plans", "response_plan"),
            new Table("response_stages", "response_stage"),
            new Table("response_criteria", "response_criterion"),
            new Table("response_measures", "response_measure"),
            new Table("execution_lines", "execution_line"),
            new Table("achievements", "achievement"),
            new Table("achievement_sections", "achievement_section"),
            new Table("figures", "figure"),
            new Table("figure_relations", "figure_relation"));

    private BundledData() {
    }

    /** The table a resource fills. */
    public static String table(String resource) {
        return TABLES.stream().filter(t -> t.resource().equals(resource)).map(Table::table).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table for the resource " + resource));
    }
}
