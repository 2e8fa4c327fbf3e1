package kr.civicdata.api.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Any other HTTP error raised by the framework (406, 415, ...), as problem+json with its own status. */
@Provider
class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return Problems.response(Problems.of(status.getStatusCode(), slug, status.getReasonPhrase(),
                "The request cannot be answered: " + status.getReasonPhrase() + ".", Problems.instance(uri)));
    }
}
