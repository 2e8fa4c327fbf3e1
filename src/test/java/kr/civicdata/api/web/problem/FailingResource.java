package kr.civicdata.api.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/**
 * An endpoint that fails as no real one should, for {@link ErrorLogTest}: its answer is built through the
 * representation cache like every other, and the build throws. Test code only, outside {@code /api} and hidden from
 * the contract.
 */
@Path(FailingResource.PATH)
public class FailingResource {

    static final String PATH = "/test-only/failing";
    static final String MESSAGE = "a failure that only a test provokes";

    @Inject
    Representations representations;

    @GET
    @Operation(hidden = true)
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers, () -> {
            throw new IllegalStateException(MESSAGE);
        });
    }
}
