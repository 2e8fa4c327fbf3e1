package kr.civicdata.api.db;

import io.quarkus.arc.Arc;

/**
 * Counts the SQL statements the service prepares: Hibernate's ({@link HibernateStatements}) and those of
 * {@link SqlReads}, for tests that must tell one statement more or less (pool acquisitions, which
 * {@link ConnectionCount} reads, do not: statements of one request may share a connection).
 */
public final class StatementCount {

    private StatementCount() {
    }

    /** Statements prepared while {@code request} runs. */
    public static long during(Runnable request) {
        SqlReads sql = Arc.container().instance(SqlReads.class).get();
        long before = HibernateStatements.statements() + sql.statements();
        request.run();
        return HibernateStatements.statements() + sql.statements() - before;
    }
}
