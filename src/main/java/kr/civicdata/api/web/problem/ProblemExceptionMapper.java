package kr.civicdata.api.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a {@link ProblemException} as its problem+json body. Its one 503, a build that got no turn in time, is counted
 * and told as a kind like every 503 ({@link UnavailableAnswers}); its 4xx are a client's answer and logged nowhere.
 */
@Provider
class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Inject
    UnavailableAnswers unavailable;

    @Override
    public Response toResponse(ProblemException exception) {
        String path = Problems.instance(uri);
        if (exception.status() == 503) {
            unavailable.answered(UnavailableCause.BUSY, null, path);
        }
        Response response = Problems.response(exception.toProblem(path));
        return exception.retryAfter() == null
                ? response
                : Response.fromResponse(response).header("Retry-After", exception.retryAfter()).build();
    }
}
