package kr.civicdata.api.web.contract;

import org.junit.jupiter.api.Test;

import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.pledge.PledgeRepository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the contract finds a collection's declaration and describes its sort. */
class DeclaredParametersTest {

    @Test
    void should_find_the_declaration_an_operation_names() {
        assertSame(PledgeRepository.FILTERS,
                OpenApiFilter.declaration("kr.civicdata.api.pledge.PledgeRepository.FILTERS"));
    }

    @Test
    void should_refuse_a_name_that_is_no_declaration() {
        assertThrows(IllegalStateException.class,
                () -> OpenApiFilter.declaration("kr.civicdata.api.pledge.PledgeRepository.NO_SUCH_FIELD"));
        assertThrows(IllegalStateException.class,
                () -> OpenApiFilter.declaration("kr.civicdata.api.pledge.NoSuchRepository.FILTERS"));
        assertThrows(IllegalStateException.class,
                () -> OpenApiFilter.declaration("kr.civicdata.api.web.query.QueryParams.MAX_SIZE"),
                "a constant of another type");
    }

    @Test
    void should_describe_the_sort_fields_in_declared_order_with_their_notes() {
        Filters declared = Filters.builder()
                .filter("q", ValueType.text(), Condition.contains("title"), "Substring.", "x")
                .sort("status", "mismatches first", "status")
                .sort("id", null, "id")
                .sortNote("Rows without a value come last.")
                .defaultSort("status,id")
                .sortExample("-id")
                .build();
        assertEquals("Comma-separated fields of status (mismatches first), id; prefix - for descending. Rows "
                + "without a value come last. The id always breaks ties. Default: status,id.",
                OpenApiFilter.sortDescription(declared));
    }
}
