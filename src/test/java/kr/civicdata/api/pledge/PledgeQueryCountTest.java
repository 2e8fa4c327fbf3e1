package kr.civicdata.api.pledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.StatementCount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proves that a page of pledges or investments costs a fixed number of SQL statements, whatever its number of rows (no
 * N+1): the investments of a page of pledges, and the pledges of a page of investments, come in one query.
 * {@link StatementCount} counts the statements, Hibernate's and those the pledge search runs itself. Each request uses
 * parameters no other test uses, so that it misses the representation cache.
 */
@QuarkusTest
class PledgeQueryCountTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_read_a_page_of_pledges_with_the_same_queries_for_one_row_as_for_sixty_two() {
        given().queryParam("size", 7).when().get("/api/v1/pledges").then().statusCode(200);
        long one = statementsFor("/api/v1/pledges?size=1&sort=-title", 1);
        long all = statementsFor("/api/v1/pledges?size=62&sort=-title", 62);
        assertEquals(one, all);
    }

    @Test
    void should_read_a_page_of_investments_with_the_same_queries_for_one_row_as_for_two_hundred() {
        given().queryParam("size", 7).when().get("/api/v1/investments").then().statusCode(200);
        long one = statementsFor("/api/v1/investments?size=1&sort=-period", 1);
        long many = statementsFor("/api/v1/investments?size=200&sort=-period", 200);
        assertEquals(one, many);
    }

    @Test
    void should_read_a_pledge_with_six_children_with_the_same_queries_as_one_without() {
        given().when().get("/api/v1/pledges/gwangju-seo:1-4").then().statusCode(200);
        long none = itemStatementsFor("/api/v1/pledges/gwangju-seo:1-3", 0);
        long six = itemStatementsFor("/api/v1/pledges/gwangju-seo:2-3", 6);
        assertEquals(none, six);
    }

    private static long statementsFor(String uri, int rows) {
        return StatementCount
                .during(() -> given().when().get(uri).then().statusCode(200).body("data.size()", equalTo(rows)));
    }

    private static long itemStatementsFor(String uri, int children) {
        return StatementCount.during(
                () -> given().when().get(uri).then().statusCode(200).body("children.size()", equalTo(children)));
    }

}
