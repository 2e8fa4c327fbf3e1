package kr.civicdata.api.disaster;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.ConnectionCount;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proves that a page costs a fixed number of queries, whatever its number of rows (no N+1). Outside a transaction
 * Hibernate takes a connection from the pool for its statements, so the pool's acquisition counter grows with them:
 * a query per row makes a page of more rows take more connections (checked by adding one: the plans count went from
 * 5 to 6). Each request uses parameters no other test uses, so that it misses the representation cache.
 */
@QuarkusTest
class DisasterResponseQueryCountTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_read_a_page_of_stages_with_the_same_queries_for_one_row_as_for_five() {
        given().queryParam("size", 11).when().get("/api/v1/disaster-response-stages").then().statusCode(200);
        long one = statementsFor("/api/v1/disaster-response-stages?size=1&sort=-stageOrder", 1);
        long five = statementsFor("/api/v1/disaster-response-stages?size=5&sort=-stageOrder", 5);
        assertEquals(one, five);
    }

    @Test
    void should_read_a_page_of_plans_with_the_same_queries_for_one_plan_as_for_two() {
        given().queryParam("size", 11).when().get("/api/v1/disaster-response-plans").then().statusCode(200);
        long one = statementsFor("/api/v1/disaster-response-plans?size=1&sort=id", 1);
        long two = statementsFor("/api/v1/disaster-response-plans?size=2&sort=id", 2);
        assertEquals(one, two);
    }

    private static long statementsFor(String uri, int rows) {
        return ConnectionCount
                .during(() -> given().when().get(uri).then().statusCode(200).body("data.size()", equalTo(rows)));
    }

}
