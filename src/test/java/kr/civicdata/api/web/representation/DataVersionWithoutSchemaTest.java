package kr.civicdata.api.web.representation;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import kr.civicdata.api.web.problem.DatabaseOutage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A replica started before the migrations: the version cannot be read because the table does not exist yet. It serves
 * nothing, and its readiness check says why, instead of failing its start.
 */
class DataVersionWithoutSchemaTest {

    /** A pool whose every connection attempt fails as PostgreSQL fails a query of a table that does not exist. */
    private static AgroalDataSource failing(String sqlState) {
        return (AgroalDataSource) Proxy.newProxyInstance(AgroalDataSource.class.getClassLoader(),
                new Class<?>[]{AgroalDataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new SQLException("ERROR: relation \"data_load\" does not exist", sqlState);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void should_wait_not_ready_and_say_that_the_schema_is_missing() {
        DataVersion version = new DataVersion();
        version.dataSource = failing("42P01");
        version.refresh();
        version.refresh();
        assertFalse(version.current().loaded());
        assertEquals("the database has no schema yet", version.notReady());
    }

    @Test
    void should_wait_for_data_when_the_database_cannot_be_read_for_another_reason() {
        DataVersion version = new DataVersion();
        version.dataSource = failing("08001");
        List<Throwable> told = new ArrayList<>();
        version.outage = new DatabaseOutage() {
            @Override
            public void unreachable(Throwable failure) {
                told.add(failure);
            }
        };
        version.refresh();
        assertFalse(version.current().loaded());
        assertEquals(DataVersion.NO_DATA, version.notReady());
        // A database that cannot be reached is the outage's to tell, not a line of the poll's own.
        assertEquals(1, told.size());
    }
}
