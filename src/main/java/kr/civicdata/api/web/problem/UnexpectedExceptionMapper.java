package kr.civicdata.api.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * The last resort: an unexpected failure is logged with its stack trace and answered with a problem that reveals
 * nothing of it. A database that cannot be reached is a 503, so that clients and load balancers retry elsewhere.
 */
@Provider
class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        if (causedByUnavailableDatabase(exception)) {
            LOG.warnf("Database unavailable for %s: %s", Problems.instance(uri), exception.getMessage());
            return Response.fromResponse(Problems.response(Problems.of(503, "service-unavailable",
                    "Service unavailable", "The database cannot answer right now; try again shortly.",
                    Problems.instance(uri)))).header("Retry-After", "5").build();
        }
        LOG.errorf(exception, "Unexpected failure answering %s", Problems.instance(uri));
        return Problems.response(Problems.of(500, "internal-error", "Internal error",
                "The service failed to answer this request. The failure is logged; nothing about it is sent.",
                Problems.instance(uri)));
    }

    /**
     * A database that cannot answer now, through no fault of the request: a server that cannot be reached (SQLSTATE
     * class 08), is shutting down, starting up or cancelled a statement that ran past statement_timeout (class 57),
     * has run out of connections or memory (class 53), or a pool that had no connection to give within its
     * acquisition timeout (Agroal's exception carries no SQLSTATE, only its message).
     */
    private static boolean causedByUnavailableDatabase(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57")
                                    || sql.getSQLState().startsWith("53"))) {
                return true;
            }
        }
        return false;
    }
}
