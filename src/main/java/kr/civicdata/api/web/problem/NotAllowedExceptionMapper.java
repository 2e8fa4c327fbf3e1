package kr.civicdata.api.web.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 405 with {@code Allow} for any method but GET, HEAD and OPTIONS: the API is read-only. */
@Provider
public class NotAllowedExceptionMapper implements ExceptionMapper<NotAllowedException> {

    public static final String ALLOWED = "GET, HEAD, OPTIONS";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotAllowedException exception) {
        Problem problem = Problems.of(405, "method-not-allowed", "Method not allowed",
                "This API is read-only: use GET, HEAD or OPTIONS.", Problems.instance(uri));
        return Response.fromResponse(Problems.response(problem)).header(HttpHeaders.ALLOW, ALLOWED).build();
    }
}
