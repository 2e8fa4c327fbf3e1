package kr.civicdata.api.web.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for a path that names no resource. */
@Provider
class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problems.response(Problems.of(404, "not-found", "Not found",
                "No resource lives at this path. The API is under /api/v1; its description is at /q/openapi.",
                Problems.instance(uri)));
    }
}
