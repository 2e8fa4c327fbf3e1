package kr.civicdata.api.pledge;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** What the pledge tests share: requests that read decimals exactly, natural code order, and expected sorts. */
final class PledgeApi {

    /** The 62 codes of document 001 in the order it prints them, which is natural code order. */
    static final List<String> DOCUMENT_ORDER = List.of("1-1", "1-1-1", "1-1-2", "1-2", "1-3", "1-4", "2-1", "2-2",
            "2-2-1", "2-2-2", "2-3", "2-3-1", "2-3-2", "2-3-3", "2-3-4", "2-3-5", "2-3-6", "2-4", "2-4-1", "2-4-2",
            "3-1", "3-2", "3-2-1", "3-2-2", "3-3", "3-3-1", "3-3-2", "3-3-3", "3-3-4", "3-4", "3-4-1", "3-4-2", "3-5",
            "3-5-1", "3-5-2", "3-5-3", "4-1", "4-1-1", "4-1-2", "4-1-3", "4-1-4", "4-1-5", "4-1-6", "4-2", "4-3", "4-4",
            "4-4-1", "4-4-2", "4-4-3", "4-5", "4-5-1", "4-5-2", "4-5-3", "4-5-4", "5-1", "5-1-1", "5-1-2", "5-1-3",
            "5-2", "5-3", "5-3-1", "5-3-2");

    /** Codes compared as numbers, part by part: 1-2 before 1-10, 1-1 before 1-1-1. */
    static final Comparator<String> NATURAL = (a, b) -> Arrays.compare(parts(a), parts(b));

    private PledgeApi() {
    }

    /** A request whose JSON decimals are read as BigDecimal, keeping the scale sent (873.20 stays 873.20). */
    static RequestSpecification api() {
        return RestAssured.given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static int[] parts(String code) {
        return Arrays.stream(code.split("-")).mapToInt(Integer::parseInt).toArray();
    }

    /** A JSON number (Integer or BigDecimal as read) as a BigDecimal; null stays null. */
    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /**
     * The order the API promises for one sort field: by the key, rows without a key last in both directions, then by
     * id.
     */
    static <K extends Comparable<? super K>> List<String> expectedOrder(List<Map<String, Object>> rows,
            Function<Map<String, Object>, K> key, boolean descending) {
        return expectedOrder(rows, key, Comparator.<K>naturalOrder(), descending);
    }

    /** As {@link #expectedOrder(List, Function, boolean)}, with the key compared by {@code keyOrder}. */
    static <K> List<String> expectedOrder(List<Map<String, Object>> rows, Function<Map<String, Object>, K> key,
            Comparator<K> keyOrder, boolean descending) {
        Comparator<K> direction = descending ? keyOrder.reversed() : keyOrder;
        return rows.stream()
                .sorted(Comparator.comparing(key, Comparator.nullsLast(direction))
                        .thenComparing(row -> (String) row.get("id")))
                .map(row -> (String) row.get("id")).toList();
    }
}
