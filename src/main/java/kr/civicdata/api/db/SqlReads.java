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

        /**
         * The statement with its {@code ?} bound in order: strings, integers, enums by name, arrays of text. Within
         * {@link ConfirmedReads} it must read {@link SqlReads#SAME_DATA}.
         */
        public PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
            ConfirmedReads.prepared(sql);
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

    /**
     * Whether data_load still holds the data version a build reads under, given as two parameters (the version and
     * its load time in whole epoch seconds): a statement reads it with its rows, from the same snapshot, so that rows
     * of another version can be told apart (a load commits data_load with the data it changes). One boolean per row,
     * not the version's 64 characters.
     */
    public static final String SAME_DATA = "(select version = ? and extract(epoch from date_trunc('second', loaded_at))"
            + "::bigint = ? from data_load)";

    @Inject
    AgroalDataSource dataSource;

    /**
     * A page query that also reads {@link #SAME_DATA} in the same statement, so from the same snapshot, and answers one
     * row even when the page is empty, whose first column is then null: the page's {@code columns}, its row number,
     * {@link #SAME_DATA}, then {@code extra} (a scalar subquery such as the count of the whole result, read once per
     * statement). The rows come in the page's order; the two parameters of {@link #SAME_DATA} come first.
     *
     * @param from the rest of the page's query after its columns, up to its order: {@code from ... where ...}
     * @param order the page's order, without {@code order by}
     * @param limit {@code " limit ? offset ?"}, or empty for the whole result
     */
    public static String versioned(String columns, String from, String order, String limit, String extra) {
        return "select r.*, " + SAME_DATA + ", " + extra + " from (values (0)) v left join lateral (select "
                + columns + ", row_number() over (order by " + order + ") as n " + from + " order by " + order + limit
                + ") r on true order by r.n";
    }

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
