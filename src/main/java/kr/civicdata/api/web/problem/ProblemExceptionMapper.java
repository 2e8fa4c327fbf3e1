package kr.civicdata.api.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Writes a {@link ProblemException} as its problem+json body. */
@Provider
class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException exception) {
        Response response = Problems.response(exception.toProblem(Problems.instance(uri)));
        return exception.retryAfter() == null
                ? response
                : Response.fromResponse(response).header("Retry-After", exception.retryAfter()).build();
    }
}
