package kr.civicdata.api.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static List<String> names(Sort sort) {
        return sort.getColumns().stream().map(Sort.Column::getName).toList();
    }
}
