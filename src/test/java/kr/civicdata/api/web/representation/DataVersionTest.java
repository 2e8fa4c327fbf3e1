package kr.civicdata.api.web.representation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.OwnerDatabase;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A data change seen by the poll drops the cached answers, and drops them once more at the next poll: answers built in
 * between may come from a PostgreSQL replica that had not replayed the load yet.
 */
@QuarkusTest
class DataVersionTest {

    private static final String ITEM = "/api/v1/governments/seoul";

    @Inject
    DataVersion dataVersion;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OwnerDatabase owner;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** How many pool connections one GET took: 0 when it was answered from the cache. */
    private long connectionsFor(String url) {
        long before = dataSource.getMetrics().acquireCount();
        given().get(url).then().statusCode(200);
        return dataSource.getMetrics().acquireCount() - before;
    }

    private void changeVersion(String sql) throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void should_drop_the_cache_when_the_version_changes_and_once_more_at_the_next_poll() throws SQLException {
        String before = dataVersion.current().version();
        try {
            changeVersion("UPDATE data_load SET version = version || '-test'");
            dataVersion.refresh();
            assertNotEquals(before, dataVersion.current().version());
            assertNotEquals(0, connectionsFor(ITEM), "the change did not drop the cache");
            assertEquals(0, connectionsFor(ITEM), "the answer was not cached");

            dataVersion.refresh();
            assertNotEquals(0, connectionsFor(ITEM), "the poll after a change did not drop the cache again");
            assertEquals(0, connectionsFor(ITEM));

            dataVersion.refresh();
            assertEquals(0, connectionsFor(ITEM), "a poll with no change since the last one dropped the cache");
        } finally {
            changeVersion("UPDATE data_load SET version = left(version, 64)");
            dataVersion.refresh();
            dataVersion.refresh();
        }
        assertEquals(before, dataVersion.current().version());
    }
}
