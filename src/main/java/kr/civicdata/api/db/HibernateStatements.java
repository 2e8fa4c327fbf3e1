package kr.civicdata.api.db;

import java.util.concurrent.atomic.LongAdder;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Sees every SQL statement Hibernate prepares: refuses it within a build that reads without a transaction
 * ({@link ConfirmedReads}), where its rows could be of any data version, and counts it (the query-count tests read
 * the count, with {@link SqlReads#statements()}).
 */
@PersistenceUnitExtension
public class HibernateStatements implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final LongAdder PREPARED = new LongAdder();

    @Override
    public String inspect(String sql) {
        ConfirmedReads.hibernate(sql);
        PREPARED.increment();
        return sql;
    }

    /** Statements Hibernate prepared since start. */
    public static long statements() {
        return PREPARED.sum();
    }
}
