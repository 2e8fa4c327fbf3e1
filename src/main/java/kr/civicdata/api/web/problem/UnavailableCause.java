package kr.civicdata.api.web.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Why a request was answered 503: the {@code cause} of the metric {@code app_http_unavailable_total}, and how each is
 * told from the exception behind it. None is the request's fault, and each has a remedy of its own, which is why they
 * are counted apart.
 */
public enum UnavailableCause {

    /**
     * The database cannot be reached: a connection refused, lost or timed out (SQLSTATE class 08), or a server shutting
     * down, starting up or otherwise not taking work (class 57 but a cancelled statement).
     */
    DATABASE_UNREACHABLE("database-unreachable", "the database cannot be reached"),
    /** A statement ran past {@code app.db.statement-timeout} and was cancelled (57014). */
    STATEMENT_TIMEOUT("statement-timeout", "a statement ran past the statement timeout and was cancelled"),
    /**
     * No connection of the pool was free within its acquisition timeout (Agroal's exception carries no SQLSTATE, only
     * its message), or the database is out of connections, memory or disk (class 53).
     */
    DATABASE_BUSY("database-busy", "no database connection was free in time, or the database ran out of resources"),
    /** No turn came to build the answer within {@code app.http.build-queue-timeout}: as many others were built. */
    BUSY("busy", "no turn came to build the answer in time");

    private final String tag;
    private final String description;

    UnavailableCause(String tag, String description) {
        this.tag = tag;
        this.description = description;
    }

    /** The value of the metric's {@code cause} tag. */
    public String tag() {
        return tag;
    }

    /** What happened, in a few words, for the log. */
    public String description() {
        return description;
    }

    /**
     * The database's share of an exception, if any: the cause of the 503 it is answered with, or null for none. Looks
     * through its causes and what they suppressed: a transaction that could not commit because the connection was lost
     * carries the driver's exception as suppressed by its RollbackException, not as a cause.
     */
    public static UnavailableCause of(Throwable exception) {
        return of(exception, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static UnavailableCause of(Throwable exception, Set<Throwable> seen) {
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            UnavailableCause cause = ofOne(t);
            if (cause != null) {
                return cause;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                cause = of(suppressed, seen);
                if (cause != null) {
                    return cause;
                }
            }
        }
        return null;
    }

    private static UnavailableCause ofOne(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return DATABASE_UNREACHABLE;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                if (sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return DATABASE_BUSY;
                }
            } else if (state.equals("57014")) {
                return STATEMENT_TIMEOUT;
            } else if (state.startsWith("08") || state.startsWith("57")) {
                return DATABASE_UNREACHABLE;
            } else if (state.startsWith("53")) {
                return DATABASE_BUSY;
            }
        }
        return null;
    }
}
