package kr.civicdata.api.db;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements the service prepares: Hibernate's, through this inspector, and those of
 * {@link SqlReads}, for tests that must tell one statement more or less (pool acquisitions, which
 * {@link ConnectionCount} reads, do not: statements of one request may share a connection).
 */
@PersistenceUnitExtension
public class StatementCount implements StatementInspector {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    @Override
    public String inspect(String sql) {
        STATEMENTS.incrementAndGet();
        return sql;
    }

    /** Statements prepared while {@code request} runs. */
    public static long during(Runnable request) {
        SqlReads sql = Arc.container().instance(SqlReads.class).get();
        long before = STATEMENTS.get() + sql.statements();
        request.run();
        return STATEMENTS.get() + sql.statements() - before;
    }
}
