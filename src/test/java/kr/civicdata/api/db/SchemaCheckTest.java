package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate's validation of the entities against the schema, which runs when the schema is there instead of at
 * start-up: it passes on the migrated schema, finds a column the entities need missing, and a version of the data on a
 * schema that does not match is not served (not ready, 503) until it matches again.
 */
@QuarkusTest
class SchemaCheckTest {

    @Inject
    SchemaCheck schema;

    @Inject
    OwnerDatabase owner;

    @Inject
    DataVersion dataVersion;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String each : sql) {
                    statement.execute(each);
                }
            }
            connection.commit();
        }
    }

    @Test
    void should_find_that_the_migrated_schema_matches_the_entities() {
        assertNull(schema.mismatch());
    }

    @Test
    void should_serve_no_version_on_a_schema_that_does_not_match_until_it_matches_again() throws SQLException {
        try {
            execute("ALTER TABLE pledge RENAME COLUMN title TO title_renamed",
                    "UPDATE data_load SET loaded_at = loaded_at + interval '1 second'");
            String mismatch = schema.mismatch();
            assertNotNull(mismatch, "a missing column went unnoticed");
            assertTrue(mismatch.contains("title"), mismatch);

            dataVersion.refresh();
            assertFalse(dataVersion.current().loaded());
            given().get("/q/health/ready").then().statusCode(503)
                    .body(containsString("the schema does not match this release"));
            given().get("/api/v1/governments").then().statusCode(503).header("Retry-After", "5");
        } finally {
            execute("ALTER TABLE pledge RENAME COLUMN title_renamed TO title",
                    "UPDATE data_load SET loaded_at = loaded_at - interval '1 second'");
            dataVersion.refresh();
            dataVersion.refresh();
        }
        assertTrue(dataVersion.current().loaded());
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/pledges/gwangju-seo:1-1").then().statusCode(200);
    }
}
