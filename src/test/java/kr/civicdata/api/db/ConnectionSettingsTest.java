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

/** Every pooled connection plans a statement once (generic plan) and never JIT-compiles the API's short queries. */
@QuarkusTest
class ConnectionSettingsTest {

    @Inject
    AgroalDataSource dataSource;

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
}
