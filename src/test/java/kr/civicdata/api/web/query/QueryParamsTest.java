package kr.civicdata.api.web.query;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import kr.civicdata.api.db.query.Condition;
import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.db.query.SortField;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.db.query.Where;
import kr.civicdata.api.web.problem.Problem;
import kr.civicdata.api.web.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A request's parameters are read as its collection declares them: the accepted names, the typed values, the 400
 * messages, the canonical form, the conditions and the sort all come from the one declaration, in its order.
 */
class QueryParamsTest {

    private enum Colour {
        RED, GREEN
    }

    private static final Filter<LocalDate> FROM = Filter.of("from", ValueType.date(), Condition.of("day >= :value"),
            "From this day.", "2023-05-01");
    private static final Filter<LocalDate> TO = Filter.of("to", ValueType.date(), Condition.of("day <= :value"),
            "To this day.", "2023-05-31");
    private static final Filter<Integer> LIMIT = Filter.applied("limit", ValueType.integer(1, 5), "Applied in memory.",
            3);
    private static final Filters DECLARED = Filters.builder()
            .filter("government", ValueType.id(), Condition.equal("governmentId"), "Government id.", "seoul")
            .filter("area", ValueType.integer(1, 5), Condition.equal("area"), "Area.", 3)
            .filter("colour", ValueType.enumeration(Colour.class), Condition.equal("colour"), "Colour.", "RED")
            .filter(FROM)
            .filter(TO)
            .ordered(FROM, TO)
            .filter("q", ValueType.text(), Condition.contains("title", "body"), "Substring.", "x")
            .filter(LIMIT)
            .sort("line", "printed order", "datasetId", "lineOrder")
            .sort("title", null, "title")
            .sort("amount", null, "amount")
            .sortExample("-amount")
            .build();

    @Test
    void should_read_each_declared_filter_as_its_type_into_conditions_in_declared_order() {
        QueryParams params = params("q=Ab&colour=green&area=%2B03&government=seoul&limit=2");
        Selection selection = params.selection();
        params.validate();
        Where where = selection.where();
        assertEquals("governmentId = :p0 and area = :p1 and colour = :p2 and "
                + "(lower(title) like :p3 escape '\\' or lower(body) like :p3 escape '\\')", where.query());
        assertEquals(List.of("seoul", 3, Colour.GREEN, "%ab%"), where.sqlParameters().subList(0, 4));
        assertEquals(2, selection.get(LIMIT), "a filter without a condition is read for the code that applies it");
        assertNull(selection.get(FROM));
        assertEquals(Map.of("government", "seoul", "area", "3", "colour", "GREEN", "q", "Ab", "limit", "2"),
                params.canonical());
    }

    @Test
    void should_name_every_bad_value_with_its_type_s_message() {
        assertEquals(List.of(
                new Problem.ParameterError("government", "must be an id made of letters, digits and - _ : . "
                        + "(for example gwangju-seo)"),
                new Problem.ParameterError("area", "must be an integer from 1 to 5"),
                new Problem.ParameterError("colour", "must be one of RED, GREEN"),
                new Problem.ParameterError("from", "must be a date in the form YYYY-MM-DD, for example 2023-05-24")),
                errors("government=a%20b&area=6&colour=blue&from=2023-02-30"));
    }

    @Test
    void should_refuse_values_out_of_their_declared_order() {
        assertEquals(List.of(
                new Problem.ParameterError("from", "is after to (2023-06-01 > 2023-05-01); give from on or before to"),
                new Problem.ParameterError("to", "is before from (2023-05-01 < 2023-06-01); give to on or after from")),
                errors("to=2023-05-01&from=2023-06-01"));
        assertEquals(List.of(), errors("from=2023-05-01&to=2023-05-01"));
    }

    @Test
    void should_declare_an_inclusive_range_in_one_line() {
        Filters ranged = Filters.builder()
                .range("minArea", "maxArea", ValueType.integer(1, 5), "p.area", "strategy area", 2, 4)
                .sort("area", null, "p.area")
                .sortExample("area")
                .build();
        QueryParams params = QueryParams.collection(uri("minArea=2&maxArea=4"), ranged);
        Selection selection = params.selection();
        params.validate();
        assertEquals("p.area >= :p0 and p.area <= :p1", selection.where().query());
        assertEquals("Rows whose strategy area is at least this (inclusive).", ranged.filters().get(0).description());
        QueryParams reversed = QueryParams.collection(uri("minArea=4&maxArea=2"), ranged);
        reversed.selection();
        ProblemException problem = assertThrows(ProblemException.class, reversed::validate);
        assertEquals(List.of(
                new Problem.ParameterError("minArea", "is greater than maxArea (4 > 2); give minArea at most maxArea"),
                new Problem.ParameterError("maxArea", "is less than minArea (2 < 4); give maxArea at least minArea")),
                problem.toProblem(null).errors());
    }

    @Test
    void should_list_the_accepted_parameters_and_the_sort_fields_in_declared_order() {
        assertEquals(List.of(new Problem.ParameterError("colours", "is not a parameter of this endpoint; accepted: "
                + "government, area, colour, from, to, q, limit, sort, page, size, format")), errors("colours=red"));
        assertEquals(List.of(new Problem.ParameterError("sort", "'name' is not a sortable field; sortable: line, "
                + "title, amount (prefix - for descending)")), errors("sort=title,name"));
        assertEquals(List.of(new Problem.ParameterError("sort", "'title' is given more than once")),
                errors("sort=title,-title"));
    }

    @Test
    void should_sort_by_every_expression_of_a_field_and_keep_the_field_as_asked() {
        QueryParams params = params("sort=-line,title");
        Selection selection = params.selection();
        params.validate();
        assertEquals(List.of(new SortField("line", "datasetId", true), new SortField("line", "lineOrder", true),
                new SortField("title", "title", false)), selection.sort());
        assertEquals(Map.of("sort", "-line,title"), params.canonical());
    }

    @Test
    void should_accept_only_format_for_a_single_resource() {
        QueryParams params = QueryParams.item(uri("size=3"));
        ProblemException problem = assertThrows(ProblemException.class, params::validate);
        assertEquals(List.of(new Problem.ParameterError("size", "is not a parameter of this endpoint; accepted: "
                + "format")), problem.toProblem(null).errors());
    }

    private static List<Problem.ParameterError> errors(String query) {
        QueryParams params = params(query);
        params.selection();
        try {
            params.validate();
            return List.of();
        } catch (ProblemException e) {
            return e.toProblem(null).errors();
        }
    }

    private static QueryParams params(String query) {
        return QueryParams.collection(uri(query), DECLARED);
    }

    /** The parts of a request's URI that QueryParams reads: its path and its decoded query parameters. */
    private static UriInfo uri(String query) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.add(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> "/api/v1/things";
                    case "getQueryParameters" -> parameters;
                    case "getRequestUri" -> URI.create("/api/v1/things?" + query);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
