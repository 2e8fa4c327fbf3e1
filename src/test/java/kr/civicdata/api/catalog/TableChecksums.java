package kr.civicdata.api.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/** A checksum of every row of every table of the data, to show that a refused load changed nothing. */
final class TableChecksums {

    static final List<String> TABLES = List.of("data_package", "data_load", "government", "dataset", "dataset_field",
            "pledge", "investment", "published_total", "response_plan", "response_stage", "response_criterion",
            "response_measure", "execution_line", "achievement", "achievement_section", "figure", "figure_relation");

    private TableChecksums() {
    }

    static Map<String, String> of(DataSource dataSource) {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, "
                        + "'|' ORDER BY t::text), '')) FROM " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }
}
