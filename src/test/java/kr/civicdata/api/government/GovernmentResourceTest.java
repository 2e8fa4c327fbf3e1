package kr.civicdata.api.government;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class GovernmentResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_list_the_four_governments_by_administrative_code() {
        given().when().get("/api/v1/governments")
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("meta.total", equalTo(4))
                .body("data.id", contains("seoul", "seoul-seodaemun", "incheon-seo", "gwangju-seo"))
                .body("data.adminCode", contains("11", "11410", "28260", "29140"));
    }

    @Test
    void should_return_a_government_with_its_code_and_level() {
        given().when().get("/api/v1/governments/gwangju-seo")
                .then().statusCode(200)
                .body("name", equalTo("광주광역시 서구"))
                .body("level", equalTo("BASIC"))
                .body("levelLabel", equalTo("기초"))
                .body("adminCode", equalTo("29140"))
                .body("parentId", nullValue());
    }

    @Test
    void should_filter_by_level_and_parent() {
        given().queryParam("level", "METROPOLITAN").when().get("/api/v1/governments")
                .then().statusCode(200).body("data.id", contains("seoul"));
        given().queryParam("parent", "seoul").when().get("/api/v1/governments")
                .then().statusCode(200).body("data.id", contains("seoul-seodaemun"));
    }

    @Test
    void should_give_an_empty_page_for_an_unknown_parent() {
        given().queryParam("parent", "busan").when().get("/api/v1/governments")
                .then().statusCode(200).body("meta.total", equalTo(0)).body("data.size()", equalTo(0));
    }

    @Test
    void should_search_names_and_sort_descending() {
        given().queryParam("q", "서구").queryParam("sort", "-adminCode").when().get("/api/v1/governments")
                .then().statusCode(200).body("data.id", contains("gwangju-seo", "incheon-seo"));
    }

    @Test
    void should_page_with_links() {
        given().queryParam("size", 3).queryParam("page", 2).when().get("/api/v1/governments")
                .then().statusCode(200)
                .body("data.id", contains("gwangju-seo"))
                .body("links.prev", equalTo("/api/v1/governments?page=1&size=3"))
                .body("links.next", nullValue())
                .header("Link", startsWith("</api/v1/governments?page=2&size=3>; rel=\"self\""));
    }

    @Test
    void should_answer_400_for_a_page_past_the_end_and_an_oversized_page() {
        given().queryParam("page", 3).queryParam("size", 2).when().get("/api/v1/governments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItem("page"));
        given().queryParam("size", 1001).when().get("/api/v1/governments")
                .then().statusCode(400).body("errors.parameter", hasItem("size"));
    }

    @Test
    void should_answer_400_naming_an_unknown_sort_field() {
        given().queryParam("sort", "population").when().get("/api/v1/governments")
                .then().statusCode(400).body("errors[0].parameter", equalTo("sort"));
    }

    @Test
    void should_answer_404_problem_for_an_unknown_id() {
        given().when().get("/api/v1/governments/busan")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/governments/busan"));
    }
}
