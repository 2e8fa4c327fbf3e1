package kr.civicdata.api.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** Everything the API serves, as one data package to take home. */
@Path("/api/v1/package")
@Tag(name = "Datasets")
@Produces({"application/zip", "application/problem+json"})
public class PackageResource {

    @Inject
    PackageExport export;

    @Inject
    Representations representations;

    @GET
    @Operation(operationId = "getPackage", summary = "Download the whole catalog as a data package", description = """
            Every dataset the API serves as one Frictionless data package \
            (https://specs.frictionlessdata.io/data-package/): a zip of datapackage.json (each table's Table Schema, \
            with every field described in English and Korean, and the notes of the field dictionary) and one CSV \
            file per table. Loading it with the load command into an empty database gives the same answers. Text \
            cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) carry \
            a leading apostrophe, declared in each resource's dialect as formulaEscape; numbers and a printed - are \
            never changed.""")
    @APIResponse(responseCode = "200", description = "The data package, as a zip.", content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response catalog(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.largeDocument(QueryParams.item(uri), headers, "application/zip",
                PackageExport.CATALOG + ".zip", export::catalog);
    }
}
