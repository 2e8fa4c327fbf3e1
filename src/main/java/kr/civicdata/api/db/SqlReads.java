package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Read-only SQL on one connection of the service's pool, for the queries hot enough to skip the ORM: a search over
 * the national-scale tables reads its rows straight into the answer, with no persistence context, no HQL
 * translation and every statement of a request on one connection. The pool's settings (statement timeout,
 * server-side prepared statements) apply as to every other query; a failure is a {@link DatabaseException}, whose
 * SQLSTATE the error mapper reads (503 for a database that cannot answer).
 */
@ApplicationScoped
public class SqlReads {

    /** One request's work on its connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Statements statements) throws SQLException;
    }

    /** Prepares the statements of one {@link Work} on its connection, and counts them. */
    public final class Statements {

        private final Connection connection;

        private Statements(Connection connection) {
            this.connection = connection;
        }

        /** The statement with its {@code ?} bound in order: strings, integers, enums by name, arrays of text. */
        public PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            for (Object value : parameters) {
                if (value instanceof Enum<?> constant) {
                    statement.setString(index++, constant.name());
                } else if (value instanceof String[] texts) {
                    statement.setArray(index++, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(index++, value);
                }
            }
            executed.increment();
            return statement;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private final LongAdder executed = new LongAdder();

    /** Runs the work on a connection of the pool, given back when it ends. */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Statements(connection));
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Statements prepared by {@link #read} since start (the query-count tests read it). */
    public long statements() {
        return executed.sum();
    }

    /** A failed read: the SQLException is its cause. */
    public static final class DatabaseException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
