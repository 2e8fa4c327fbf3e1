package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

/**
 * The settings every connection of the pool gets when it connects: a statement that runs too long is cancelled,
 * whatever its role's own settings; a statement is planned once (generic plan); the API's short queries are never
 * JIT-compiled; a connection keeps a thousand statements prepared.
 */
@QuarkusTest
class ConnectionSettingsTest {

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

    @Test
    void should_use_generic_plans_and_no_jit_on_every_connection() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT current_setting('plan_cache_mode'), current_setting('jit')")) {
            rs.next();
            assertEquals("force_generic_plan", rs.getString(1));
            assertEquals("off", rs.getString(2));
        }
    }

    /**
     * Past pgjdbc's default of 256 statements kept per connection, the 300 shapes of a mix of filters and sorts were
     * planned again at almost every use (src/bench): every one of 600 distinct statements must still be prepared on
     * the server once they have all run.
     */
    @Test
    void should_keep_a_thousand_statements_prepared_on_a_connection() throws SQLException {
        int shapes = 600;
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < shapes; i++) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT ?::int + " + i)) {
                    statement.setInt(1, i);
                    try (ResultSet rs = statement.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(2 * i, rs.getInt(1));
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + %'")) {
                rs.next();
                assertEquals(shapes, rs.getInt(1));
            }
        }
    }
}
