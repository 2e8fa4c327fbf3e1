package kr.civicdata.api.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * The last resort: an unexpected failure is logged with its stack trace (at most once a minute per cause, with the
 * number of its repeats: {@link FailureLog}) and answered with a problem that reveals nothing of it. A database that
 * cannot answer is a 503, so that clients and load balancers retry elsewhere; it is counted by cause and told as a
 * kind ({@link UnavailableAnswers}), never request by request.
 */
@Provider
class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uri;

    @Inject
    UnavailableAnswers unavailable;

    @Inject
    FailureLog failures;

    @Override
    public Response toResponse(Throwable exception) {
        String path = Problems.instance(uri);
        UnavailableCause cause = UnavailableCause.of(exception);
        if (cause != null) {
            unavailable.answered(cause, exception, path);
            return Response.fromResponse(Problems.response(Problems.of(503, "service-unavailable",
                    "Service unavailable", "The database cannot answer right now; try again shortly.", path)))
                    .header("Retry-After", "5").build();
        }
        failures.unexpected(LOG, exception, path);
        return Problems.response(Problems.of(500, "internal-error", "Internal error",
                "The service failed to answer this request. The failure is logged; nothing about it is sent.", path));
    }
}
