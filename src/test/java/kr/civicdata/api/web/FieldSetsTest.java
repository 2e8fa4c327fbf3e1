package kr.civicdata.api.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fields= on collections and items, in JSON and CSV, compared with the full answers it cuts down. */
@QuarkusTest
class FieldSetsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static List<Map<String, Object>> rows(String path, String fields) {
        var request = given().queryParam("size", 1000);
        if (fields != null) {
            request.queryParam("fields", fields);
        }
        return request.when().get(path).then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void should_send_only_the_fields_asked_for_with_the_values_of_the_full_answer() {
        List<Map<String, Object>> full = rows("/api/v1/pledges", null);
        List<Map<String, Object>> sparse = rows("/api/v1/pledges", "title,id,total");
        assertEquals(full.size(), sparse.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(List.of("id", "title", "total"), List.copyOf(sparse.get(i).keySet()), "in the row's order");
            for (String field : List.of("id", "title", "total")) {
                assertEquals(full.get(i).get(field), sparse.get(i).get(field));
            }
        }
        given().queryParam("fields", "id").queryParam("size", 2).when().get("/api/v1/pledges").then()
                .statusCode(200).body("meta.size", org.hamcrest.Matchers.equalTo(2))
                .body("links.next", containsString("fields=id&"));
    }

    @Test
    void should_select_fields_of_nested_objects_and_of_the_objects_in_lists() {
        List<Map<String, Object>> full = rows("/api/v1/execution-results", null);
        List<Map<String, Object>> sparse = rows("/api/v1/execution-results", "id,execution.executionRate");
        for (int i = 0; i < full.size(); i++) {
            Object execution = full.get(i).get("execution");
            Object cut = sparse.get(i).get("execution");
            if (execution == null) {
                assertEquals(null, cut);
            } else {
                assertEquals(Map.of("executionRate", ((Map<?, ?>) execution).get("executionRate")), cut);
            }
        }
        List<Map<String, Object>> investments = rows("/api/v1/pledges", "investments.amount,investments.period");
        assertTrue(investments.stream().allMatch(row -> row.keySet().equals(java.util.Set.of("investments"))));
        ((List<?>) investments.get(0).get("investments")).forEach(investment -> assertEquals(
                List.of("period", "amount"), List.copyOf(((Map<?, ?>) investment).keySet())));
    }

    @Test
    void should_keep_the_printed_decimals() {
        String body = given().queryParam("pledge", "3-3").queryParam("fiscalYear", 2023)
                .queryParam("fields", "amount").when().get("/api/v1/investments").then().statusCode(200).extract()
                .asString();
        assertTrue(body.contains("{\"amount\":873.20}"), body);
    }

    @Test
    void should_cut_the_csv_columns_and_keep_every_row() {
        String csv = given().queryParam("format", "csv").queryParam("fields", "id,execution")
                .when().get("/api/v1/execution-results").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFid,execution.budget,execution.budgetKrw"), lines[0]);
        assertTrue(!lines[0].contains("settlement") && !lines[0].contains("itemName"), lines[0]);
        assertEquals(rows("/api/v1/execution-results", null).size() + 1, lines.length);
    }

    @Test
    void should_cut_a_single_resource() {
        Map<String, Object> pledge = given().queryParam("fields", "id,parent.code").when()
                .get("/api/v1/pledges/gwangju-seo:3-3-4").then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(Map.of("id", "gwangju-seo:3-3-4", "parent", Map.of("code", "3-3")), pledge);
    }

    @Test
    void should_answer_400_naming_an_unknown_field() {
        given().queryParam("fields", "id,colour").when().get("/api/v1/pledges").then().statusCode(400)
                .contentType("application/problem+json").body("errors.parameter", contains("fields"))
                .body("errors[0].message", containsString("'colour' is not a field; fields: id, governmentId"));
        given().queryParam("fields", "execution.nope").when().get("/api/v1/execution-results").then()
                .statusCode(400).body("errors[0].message", containsString("of execution; fields of execution: "));
        given().queryParam("fields", "id.inner").when().get("/api/v1/pledges").then().statusCode(400)
                .body("errors[0].message", containsString("has no fields under it"));
        given().queryParam("fields", "id,,title").when().get("/api/v1/pledges").then().statusCode(400)
                .body("errors.parameter", contains("fields"));
        given().queryParam("fields", "nope").when().get("/api/v1/pledges/gwangju-seo:3-3-4").then().statusCode(400)
                .body("errors.parameter", contains("fields"));
    }

    @Test
    void should_give_each_field_set_its_own_etag_and_revalidate_it() {
        String all = given().when().get("/api/v1/governments").then().statusCode(200).extract().header("ETag");
        String ids = given().queryParam("fields", "id").when().get("/api/v1/governments").then().statusCode(200)
                .extract().header("ETag");
        String names = given().queryParam("fields", "name").when().get("/api/v1/governments").then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(all, ids);
        assertNotEquals(ids, names);
        given().queryParam("fields", " id").header("If-None-Match", ids).when().get("/api/v1/governments").then()
                .statusCode(304);
    }
}
