package kr.civicdata.api.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The min/max range filters of every collection that has them, checked against the collection's own unfiltered rows:
 * inclusive at both ends, in the unit the field is served in, rows without a value (-, 비예산, a statement) never in
 * a range, and a malformed or reversed range a 400 naming the parameter.
 */
@QuarkusTest
class RangeFiltersTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Decimals read as BigDecimal, so that 19.2 and 19.20 compare as the service compares them. */
    private static RequestSpecification api() {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static List<Map<String, Object>> rows(String path, Map<String, ?> parameters) {
        return api().queryParams(parameters).queryParam("size", 1000).when().get(path).then().statusCode(200)
                .extract().jsonPath().getList("data");
    }

    /** The value a range compares: the first of the fields (dotted paths) that is not null, or null. */
    private static BigDecimal value(Map<String, Object> row, String fields) {
        for (String field : fields.split("\\|")) {
            Object value = row;
            for (String part : field.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            if (value != null) {
                return new BigDecimal(value.toString());
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @CsvSource({
            "/api/v1/pledges, minTotal, maxTotal, total",
            "/api/v1/pledges, minTotalKrw, maxTotalKrw, totalKrw",
            "/api/v1/investments, minAmount, maxAmount, amount",
            "/api/v1/investments, minAmountKrw, maxAmountKrw, amountKrw",
            "/api/v1/execution-results, minBudget, maxBudget, execution.budget|settlement.currentBudget",
            "/api/v1/execution-results, minBudgetKrw, maxBudgetKrw, execution.budgetKrw|settlement.currentBudgetKrw",
            "/api/v1/execution-results, minExecutionRate, maxExecutionRate, execution.executionRate",
            "/api/v1/figures, minValue, maxValue, value"})
    void should_select_exactly_the_rows_whose_value_is_within_the_inclusive_bounds(String path, String min,
            String max, String fields) {
        List<Map<String, Object>> all = rows(path, Map.of());
        List<BigDecimal> values = all.stream().map(row -> value(row, fields)).filter(Objects::nonNull).sorted()
                .toList();
        assertTrue(values.size() >= 3 && values.size() < all.size(),
                path + ": a range must be tried on rows with and without a value");
        // Bounds taken from the data, so that both ends are values some row has: inclusive means they are in.
        BigDecimal low = values.get(values.size() / 4);
        BigDecimal high = values.get(values.size() * 3 / 4);
        for (List<BigDecimal> bounds : List.of(List.of(low, high), List.of(low, low))) {
            BigDecimal from = bounds.get(0);
            BigDecimal to = bounds.get(1);
            List<Object> expected = new ArrayList<>();
            for (Map<String, Object> row : all) {
                BigDecimal value = value(row, fields);
                if (value != null && value.compareTo(from) >= 0 && value.compareTo(to) <= 0) {
                    expected.add(row.get("id"));
                }
            }
            assertTrue(!expected.isEmpty(), "no row between " + from + " and " + to);
            // Written with trailing zeros: the same number, the same rows.
            List<Object> served = rows(path, Map.of(min, from.toPlainString(), max, to.setScale(Math.max(2,
                    to.scale()) + 1).toPlainString())).stream().map(row -> row.get("id")).toList();
            assertEquals(expected, served, path + "?" + min + "=" + from + "&" + max + "=" + to);
        }
        // One end alone: every row with a value on that side, and never one without a value.
        long atLeast = values.stream().filter(value -> value.compareTo(low) >= 0).count();
        long atMost = values.stream().filter(value -> value.compareTo(high) <= 0).count();
        assertEquals(atLeast, rows(path, Map.of(min, low.toPlainString())).size());
        assertEquals(atMost, rows(path, Map.of(max, high.toPlainString())).size());
        BigDecimal lowest = values.get(0).subtract(BigDecimal.ONE);
        assertEquals(values.size(), rows(path, Map.of(min, lowest.toPlainString())).size(),
                path + ": rows without a value (-, 비예산, statements) must never match a range");
    }

    @Test
    void should_answer_400_naming_both_ends_of_a_reversed_range() {
        api().queryParam("minTotal", "50000").queryParam("maxTotal", "100").when().get("/api/v1/pledges")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("minTotal", "maxTotal"))
                .body("errors[0].message", containsString("greater than maxTotal"));
        api().queryParam("minExecutionRate", "40.5").queryParam("maxExecutionRate", "40.49")
                .when().get("/api/v1/execution-results")
                .then().statusCode(400).body("errors.parameter", contains("minExecutionRate", "maxExecutionRate"));
    }

    @ParameterizedTest
    @CsvSource({"1e3", "NaN", "Infinity", "'1,000'", "0x10", "12.", ".5", "1.12345678901", "1234567890123456",
            "'10 000'", "abc", "--1"})
    void should_answer_400_naming_a_malformed_bound(String bound) {
        api().queryParam("minAmountKrw", bound).when().get("/api/v1/investments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", contains("minAmountKrw"))
                .body("errors[0].message", containsString("must be a number"));
    }

    @Test
    void should_treat_equal_numbers_as_one_cache_key_and_one_link() {
        String first = api().queryParam("minTotal", "100").when().get("/api/v1/pledges").then().statusCode(200)
                .extract().header("ETag");
        api().queryParam("minTotal", "100.000").when().get("/api/v1/pledges").then().statusCode(200)
                .header("ETag", first)
                .body("links.self", containsString("minTotal=100&"));
    }

    @Test
    void should_combine_a_range_with_other_filters_and_list_it_among_the_accepted_parameters() {
        List<Map<String, Object>> rows = rows("/api/v1/investments", Map.of("status", "AMOUNT", "minAmount", "5000"));
        assertTrue(!rows.isEmpty());
        rows.forEach(row -> assertTrue(value(row, "amount").compareTo(new BigDecimal("5000")) >= 0));
        api().queryParam("minimumTotal", 1).when().get("/api/v1/pledges").then().statusCode(400)
                .body("errors.message", hasItem(containsString("minTotal, maxTotal, minTotalKrw, maxTotalKrw")));
    }
}
