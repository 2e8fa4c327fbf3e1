package kr.civicdata.api.web.representation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data change seen by the poll begins a new generation of the data, with no cached answer and nothing derived, and
 * the next poll begins another: answers built in between may come from a PostgreSQL replica that had not replayed the
 * load yet.
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

    @Test
    void should_begin_a_generation_with_nothing_derived_at_a_change_and_once_more_at_the_next_poll()
            throws SQLException {
        DataVersion.Snapshot first = dataVersion.current();
        AtomicInteger builds = new AtomicInteger();
        Supplier<Integer> build = builds::incrementAndGet;
        Object kind = new Object();
        assertEquals(1, first.<Integer>derived(kind, build));
        assertEquals(1, first.<Integer>derived(kind, build), "derived state was built again in one generation");
        try {
            changeVersion("UPDATE data_load SET version = version || '-test'");
            dataVersion.refresh();
            DataVersion.Snapshot changed = dataVersion.current();
            assertNotSame(first, changed);
            assertNotEquals(first.key(), changed.key());
            assertEquals(2, changed.<Integer>derived(kind, build), "the new version was given the old one's state");

            dataVersion.refresh();
            DataVersion.Snapshot settled = dataVersion.current();
            assertNotSame(changed, settled, "the poll after a change began no generation");
            assertEquals(changed.version(), settled.version());
            assertEquals(3, settled.<Integer>derived(kind, build));

            dataVersion.refresh();
            assertSame(settled, dataVersion.current(), "a poll with no change since the last one began a generation");
        } finally {
            changeVersion("UPDATE data_load SET version = left(version, 64)");
            dataVersion.refresh();
            dataVersion.refresh();
        }
    }

    @Test
    void should_begin_a_generation_of_the_same_version_when_derived_state_lacks_what_the_database_holds() {
        DataVersion.Snapshot stale = dataVersion.current();
        DataVersion.Stale thrown = dataVersion.stale(stale, "Dataset x not in the catalog");
        DataVersion.Snapshot renewed = dataVersion.current();
        assertNotSame(stale, renewed);
        assertEquals(stale.version(), renewed.version());
        assertEquals(stale.loadedAt(), renewed.loadedAt());
        assertTrue(thrown.getMessage().contains(stale.toString()), thrown.getMessage());
        // Only the first of the builds that find the same generation stale begins another.
        dataVersion.stale(stale, "Dataset x not in the catalog");
        assertSame(renewed, dataVersion.current());
        dataVersion.refresh(); // the settling poll
        assertNotSame(renewed, dataVersion.current());
    }

    @Test
    void should_build_under_the_generation_an_answer_began_with_even_when_another_begins_meanwhile() {
        DataVersion.Snapshot began = dataVersion.current();
        DataVersion.Snapshot seen = began.read(() -> {
            dataVersion.stale(began, "Dataset x not in the catalog");
            return dataVersion.reading();
        });
        assertSame(began, seen);
        assertNotSame(began, dataVersion.current());
        assertSame(dataVersion.current(), dataVersion.reading(), "outside a build, the current generation");
        dataVersion.refresh();
    }
}
