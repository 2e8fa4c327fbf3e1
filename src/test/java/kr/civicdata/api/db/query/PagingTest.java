package kr.civicdata.api.db.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.StatementCount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page that is not full is the last one: its total comes from its own rows, without the count query; a full page
 * still counts. Either way the total is exact.
 */
@QuarkusTest
class PagingTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_skip_the_count_query_for_a_last_page_that_is_not_full() {
        given().queryParam("size", 3).when().get("/api/v1/pledges").then().statusCode(200);
        long full = StatementCount.during(() -> given().get("/api/v1/pledges?size=31&sort=-area")
                .then().statusCode(200).body("data.size()", equalTo(31)).body("meta.total", equalTo(62))
                .header("X-Total-Count", "62"));
        long notFull = StatementCount.during(() -> given().get("/api/v1/pledges?size=100&sort=-area")
                .then().statusCode(200).body("data.size()", equalTo(62)).body("meta.total", equalTo(62))
                .header("X-Total-Count", "62"));
        assertEquals(3, full, "page, count, investments of the page");
        assertEquals(2, notFull, "page, investments of the page");
    }

    @Test
    void should_give_the_exact_total_on_a_last_page_and_an_empty_result() {
        given().get("/api/v1/pledges?size=25&page=3&sort=-depth").then().statusCode(200)
                .body("data.size()", equalTo(12)).body("meta.total", equalTo(62))
                .body("links.next", equalTo(null));
        given().get("/api/v1/pledges?q=no-such-title&size=10").then().statusCode(200)
                .body("data.size()", equalTo(0)).body("meta.total", equalTo(0));
    }

    @Test
    void should_count_for_an_empty_page_past_the_last_one() {
        given().get("/api/v1/pledges?size=25&page=4&sort=-depth").then().statusCode(400)
                .body("errors[0].message", containsString("62 rows"));
    }
}
