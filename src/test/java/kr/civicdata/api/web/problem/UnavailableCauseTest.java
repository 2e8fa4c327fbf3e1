package kr.civicdata.api.web.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which failures are a 503, and of which cause, from the SQLSTATE wherever it is in the chain of causes. */
class UnavailableCauseTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "08001, DATABASE_UNREACHABLE", // connection refused
            "08006, DATABASE_UNREACHABLE", // connection lost
            "57P01, DATABASE_UNREACHABLE", // terminating connection due to administrator command
            "57P03, DATABASE_UNREACHABLE", // the database system is starting up / shutting down
            "57014, STATEMENT_TIMEOUT", // canceling statement due to statement timeout
            "53300, DATABASE_BUSY", // too many connections
            "42P01, none", // undefined table: a bug, not an outage
            "23505, none",
    })
    void should_tell_the_cause_from_the_sqlstate_of_a_wrapped_exception(String state, UnavailableCause cause) {
        RuntimeException wrapped = new IllegalStateException("Hibernate", new SQLException("driver", state));
        assertEquals(cause, UnavailableCause.of(wrapped));
    }

    @Test
    void should_take_the_pools_acquisition_timeout_for_a_busy_database() {
        assertEquals(UnavailableCause.DATABASE_BUSY,
                UnavailableCause.of(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void should_take_a_transient_connection_failure_for_an_unreachable_database() {
        assertEquals(UnavailableCause.DATABASE_UNREACHABLE,
                UnavailableCause.of(new SQLTransientConnectionException("gone")));
        assertNull(UnavailableCause.of(new IllegalStateException("no SQL at all")));
    }

    @Test
    void should_find_the_drivers_exception_suppressed_by_a_failed_commit() {
        // As Narayana reports a commit on a connection PostgreSQL closed: the driver's exception is the cause of an
        // XAException suppressed by the RollbackException, itself the cause of the transaction's exception.
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        RuntimeException failed = new RuntimeException(rollback);
        assertEquals(UnavailableCause.DATABASE_UNREACHABLE, UnavailableCause.of(failed));
    }

    @Test
    void should_end_on_a_cycle_of_suppressed_exceptions() {
        RuntimeException one = new RuntimeException("one");
        RuntimeException two = new RuntimeException("two", one);
        one.addSuppressed(two);
        assertNull(UnavailableCause.of(one));
    }
}
