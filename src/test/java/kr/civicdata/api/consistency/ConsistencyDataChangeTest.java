package kr.civicdata.api.consistency;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.OwnerDatabase;
import kr.civicdata.api.web.representation.RepresentationCache;

import static kr.civicdata.api.consistency.ConsistencyResourceTest.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mismatch injected into the data is found, with exact values; the data is restored afterwards. */
@QuarkusTest
class ConsistencyDataChangeTest {

    private static final String PATH = "/api/v1/consistency";
    /** 1-1-1 주민자치 활성화를 통한 마을정부 위상 정립, 2024: printed 360 (백만원). */
    private static final String CELL = "gwangju-seo:1-1-1:2024";

    @Inject
    OwnerDatabase owner;

    @Inject
    RepresentationCache representations;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Sets the amount of the cell, as the owner since the service's own connections may only read, and drops the cached
     * answers, which are keyed by a data version that did not change.
     */
    private void setAmount(String amount) throws SQLException {
        try (Connection connection = owner.open();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE investment SET amount = CAST(? AS NUMERIC) WHERE id = ?")) {
            statement.setString(1, amount);
            statement.setString(2, CELL);
            assertEquals(1, statement.executeUpdate());
        }
        representations.clear();
    }

    @Test
    void should_find_a_mismatch_injected_into_a_sub_pledge() throws SQLException {
        given().queryParam("status", "MISMATCH").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(4));
        try {
            setAmount("361");
            given().queryParam("status", "MISMATCH").queryParam("government", "gwangju-seo").when().get(PATH)
                    .then().statusCode(200)
                    .body("meta.total", equalTo(5))
                    .body("data.id", contains(
                            "gwangju-seo:1-1-1:sum-of-periods",
                            "gwangju-seo:1-1:2024:sum-of-children",
                            "gwangju-seo:total:2022-2023:sum-of-pledges",
                            "gwangju-seo:total:2025:sum-of-pledges",
                            "gwangju-seo:total:sum-of-periods"))
                    // the sub-pledge's row total: 총계 1,260 as printed, its periods now 360 + 361 + 270 + 270
                    .body("data[0].kind", equalTo("ROW_TOTAL"))
                    .body("data[0].publishedValue", equalTo(1260))
                    .body("data[0].computedValue", equalTo(1261))
                    .body("data[0].difference", equalTo(-1))
                    .body("data[0].differenceKrw", equalTo(-1000000))
                    .body("data[0].formula", equalTo("360 + 361 + 270 + 270 = 1,261"))
                    // its pledge 1-1 in 2024: 515 as printed, its sub-pledges now 361 + 155
                    .body("data[1].kind", equalTo("PARENT_SUM"))
                    .body("data[1].publishedValue", equalTo(515))
                    .body("data[1].computedValue", equalTo(516))
                    .body("data[1].difference", equalTo(-1))
                    .body("data[1].formula", equalTo("361 + 155 = 516"));
            // the summary sums top-level pledges only: a sub-pledge's cell does not move the 2024 total
            given().queryParam("fiscalYear", 2024).when().get("/api/v1/investments/summary")
                    .then().statusCode(200)
                    .body("data[0].amount", equalTo(new BigDecimal("22434.76")))
                    .body("data[0].difference", equalTo(0));
        } finally {
            setAmount("360");
        }
        given().queryParam("status", "MISMATCH").when().get(PATH)
                .then().statusCode(200).body("meta.total", equalTo(4));
    }
}
