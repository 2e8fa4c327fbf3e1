package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every connection of the pool cancels a statement that runs too long, whatever its role's own settings. */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void should_set_statement_timeout_in_the_connection_request() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT setting, unit, source FROM pg_settings WHERE name = 'statement_timeout'")) {
            assertTrue(rs.next());
            assertEquals("5000", rs.getString("setting"));
            assertEquals("ms", rs.getString("unit"));
            // 'client': the connection request, which ALTER ROLE and ALTER DATABASE settings cannot override.
            assertEquals("client", rs.getString("source"));
        }
    }

    @Test
    void should_cancel_a_statement_that_runs_past_the_timeout() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            SQLException cancelled = assertThrows(SQLException.class, () -> statement.execute("SELECT pg_sleep(30)"));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals("57014", cancelled.getSQLState(), cancelled.getMessage());
            assertTrue(seconds >= 4 && seconds < 10, "cancelled after " + seconds + " s");
        }
    }
}
