package kr.civicdata.api.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** The catalog: every dataset, its source and its field dictionary. */
@Path("/api/v1/datasets")
@Tag(name = "Datasets", description = "The catalog: each dataset's source document, publisher, as-of date, unit, row count, last load time and field dictionary.")
@Produces({"application/json", Format.SPARSE_JSON, "text/csv", "application/x-ndjson"})
public class DatasetResource {

    @Inject
    DatasetRepository repository;

    @Inject
    Representations representations;

    @Inject
    PackageExport export;

    @GET
    @Operation(summary = "List datasets", description = """
            The datasets the API serves: one table or section of one of the four source documents each \
            (001 광주광역시 서구 연차별 투자계획, 002 인천광역시 서구 적극행정 우수사례, 003 서울특별시 서대문구 \
            구정업무 보고, 004 서울특별시 2023 업무보고). Every row of every other resource names its dataset in \
            provenance.datasetId. rowCount counts the rows of the dataset across all resources. No source document \
            states a licence, so licenceNote is null. Default order: by source document. The field dictionary is at \
            /api/v1/datasets/{id}.""", extensions = @Extension(name = Filters.EXTENSION, value = "kr.civicdata.api.catalog.DatasetRepository.FILTERS"))
    @APIResponse(responseCode = "200", description = "One page of datasets (JSON) or all of them (CSV).", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = DatasetView.class)))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.collection(QueryParams.collection(uri, DatasetRepository.FILTERS), headers,
                DatasetView.class, "datasets", repository::search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a dataset", description = "One dataset with its row count and its field dictionary: each field of the resources that serve it, with type, unit and meaning.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Dataset id.", example = "gwangju-seo-pledge-plan")
    @APIResponse(responseCode = "200", description = "The dataset.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DatasetDetailView.class)))
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.item(QueryParams.item(uri), headers,
                () -> repository.detail(id).orElseThrow(() -> ProblemException.notFound("dataset", id)));
    }

    @GET
    @Path("/{id}/package")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(operationId = "getDatasetPackage", summary = "Download a dataset as a data package", description = """
            The dataset as a Frictionless data package (https://specs.frictionlessdata.io/data-package/), a zip of \
            datapackage.json and one CSV file per table that holds its rows: its government (and that government's \
            광역), its catalog entry with the source document, section, publisher and as-of date, and every row of \
            every table that belongs to it, each described by a Table Schema. Loading it with the load command into \
            an empty database gives the same answers. Text cells that a spreadsheet would run as a formula (starting \
            with = + - @, a tab or a carriage return) carry a leading apostrophe, declared in each resource's dialect \
            as formulaEscape; numbers and a printed - are never changed.""")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Dataset id.", example = "gwangju-seo-pledge-plan")
    @APIResponse(responseCode = "200", description = "The data package, as a zip.", content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response dataPackage(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.largeDocument(QueryParams.item(uri), headers, "application/zip", id + ".zip",
                data -> export.dataset(data, id));
    }
}
