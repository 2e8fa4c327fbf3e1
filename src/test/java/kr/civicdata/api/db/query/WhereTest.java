package kr.civicdata.api.db.query;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How filters and sorts become HQL; the sort must never change the default it is given. */
class WhereTest {

    @Test
    void should_leave_a_default_sort_kept_in_a_constant_as_it_was() {
        Sort defaultSort = Sort.by("codeSort").and("dateFrom", Sort.Direction.Descending,
                Sort.NullPrecedence.NULLS_LAST);
        for (int i = 0; i < 3; i++) {
            Sort sort = Where.sort(List.of(), defaultSort, "id");
            assertEquals(List.of("codeSort", "dateFrom", "id"), names(sort));
            assertEquals(Sort.Direction.Descending, sort.getColumns().get(1).getDirection());
            assertEquals(Sort.NullPrecedence.NULLS_LAST, sort.getColumns().get(1).getNullPrecedence());
        }
        assertEquals(List.of("codeSort", "dateFrom"), names(defaultSort));
    }

    @Test
    void should_keep_escaping_off_when_the_default_turns_it_off() {
        Sort defaultSort = Sort.by("coalesce(a, b)").disableEscaping();
        assertEquals(false, Where.sort(List.of(), defaultSort, "id").isEscapingEnabled());
    }

    @Test
    void should_sort_by_the_requested_fields_then_the_tie_breaker() {
        Sort sort = Where.sort(List.of(new SortField("total", "totalAmount", true)), Sort.by("codeSort"), "id");
        assertEquals(List.of("totalAmount", "id"), names(sort));
        assertEquals(Sort.Direction.Descending, sort.getColumns().get(0).getDirection());
    }

    @Test
    void should_render_sql_with_one_positional_parameter_per_occurrence_in_order() {
        Where where = new Where().eq("government_id", "seoul").eq("area", null)
                .when(2024, "from_year <= :value and to_year >= :value").contains("50%_off", "title");
        assertEquals("government_id = ? and from_year <= ? and to_year >= ? and lower(title) like ? escape '\\'",
                where.sql());
        assertEquals(List.of("seoul", 2024, 2024, "%50\\%\\_off%"), where.sqlParameters());
    }

    @Test
    void should_search_a_substring_in_any_of_several_expressions_with_one_value() {
        Where where = new Where().contains("Ab", "title", "body");
        assertEquals("(lower(title) like :p0 escape '\\' or lower(body) like :p0 escape '\\')", where.query());
        assertEquals("%ab%", where.parameters().map().get("p0"));
        assertEquals(List.of("%ab%", "%ab%"), where.sqlParameters());
    }

    @Test
    void should_turn_escaping_off_only_for_a_requested_expression_that_calls_a_function() {
        assertEquals(true, Where.sort(List.of(new SortField("title", "title", false)), Sort.by("id"), "id")
                .isEscapingEnabled());
        assertEquals(false, Where.sort(List.of(new SortField("budget", "coalesce(a, b)", true)), Sort.by("id"), "id")
                .isEscapingEnabled());
    }

    @Test
    void should_order_sql_by_the_requested_fields_with_nulls_last_then_the_tie_breaker() {
        assertEquals("code_sort, id", Where.orderBy(List.of(), "code_sort", "id"));
        assertEquals("total_amount desc nulls last, title asc nulls last, id",
                Where.orderBy(List.of(new SortField("total", "total_amount", true),
                        new SortField("title", "title", false)), "code_sort", "id"));
    }

    private static List<String> names(Sort sort) {
        return sort.getColumns().stream().map(Sort.Column::getName).toList();
    }

    @Test
    void should_start_after_a_keyset_at_one_row_comparison_when_the_order_allows_it() {
        // One direction, no nulls: the form PostgreSQL starts an index of the whole order at (InvestmentRepository).
        List<SortField> ascending = List.of(new SortField("pledge", "i.code_sort", false),
                new SortField("period", "i.from_year", false), new SortField("id", "i.id", false));
        String sql = new Where()
                .after(ascending, List.of("{3,2}", "2025", "b:3-2:2025"), List.of("int[]", "int", "text"),
                        Set.of())
                .sql();
        assertTrue(sql.contains("(i.code_sort, i.from_year, i.id) > (cast(?"), sql);
        List<SortField> descending = List.of(new SortField("total", "total", true), new SortField("id", "id", true));
        assertTrue(new Where().after(descending, List.of("5", "x"), List.of("numeric", "text"), Set.of()).sql()
                .contains("(total, id) < ("));
        // Mixed directions, or a key that can be null: the rows after are not one row comparison.
        List<SortField> mixed = List.of(new SortField("total", "total", true), new SortField("id", "id", false));
        assertFalse(new Where().after(mixed, List.of("5", "x"), List.of("numeric", "text"), Set.of()).sql()
                .contains("(total, id)"));
        assertFalse(new Where().after(ascending, List.of("{3,2}", "2025", "b"), List.of("int[]", "int", "text"),
                Set.of("i.from_year")).sql().contains("(i.code_sort, i.from_year, i.id)"));
    }
}
