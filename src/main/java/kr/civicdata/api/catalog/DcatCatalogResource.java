package kr.civicdata.api.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import kr.civicdata.api.catalog.DcatCatalogView.DatasetEntry;
import kr.civicdata.api.catalog.DcatCatalogView.Distribution;
import kr.civicdata.api.catalog.DcatCatalogView.Ref;
import kr.civicdata.api.catalog.DcatCatalogView.Text;
import kr.civicdata.api.web.query.QueryParams;
import kr.civicdata.api.web.representation.Representations;

/** The catalog as DCAT 3 JSON-LD, at a URL of its own that harvesters are given once. */
@Path(DcatCatalogResource.PATH)
@Tag(name = "Datasets")
// JSON-LD is JSON: a harvester that asks for application/json gets the document too (as application/ld+json).
@Produces({DcatCatalogResource.JSON_LD, "application/json", "application/problem+json"})
public class DcatCatalogResource {

    static final String PATH = "/api/v1/catalog.jsonld";
    static final String JSON_LD = "application/ld+json";

    /** Sorted, so that every process sends the same bytes and the same ETag (Map.of's order changes per JVM). */
    private static final Map<String, String> CONTEXT = new TreeMap<>(Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct",
            "http://purl.org/dc/terms/", "foaf", "http://xmlns.com/foaf/0.1/", "xsd",
            "http://www.w3.org/2001/XMLSchema#"));
    private static final Ref ZIP = new Ref("https://www.iana.org/assignments/media-types/application/zip");
    private static final Ref JSON = new Ref("https://www.iana.org/assignments/media-types/application/json");
    private static final Ref DATA_PACKAGE = new Ref("https://specs.frictionlessdata.io/data-package/");
    private static final Ref OPENAPI = new Ref("https://spec.openapis.org/oas/v3.1.0");

    @Inject
    DatasetRepository repository;

    @Inject
    Representations representations;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "getCatalogJsonLd", summary = "The catalog as DCAT 3 JSON-LD", description = """
            Every dataset as a dcat:Dataset of one dcat:Catalog (DCAT 3, https://www.w3.org/TR/vocab-dcat-3/), in \
            JSON-LD with an inline context, for national data portals and dataset search engines to harvest: title \
            as printed, description, publisher, source document and section, period, as-of date, the government it \
            is about, and two distributions, the API resource and the data package (/api/v1/datasets/{id}/package). \
            The API itself is the catalog's dcat:DataService. Ids are relative references: a JSON-LD processor \
            resolves them against the URL it read the document from.""")
    @APIResponse(responseCode = "200", description = "The DCAT catalog.", content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = DcatCatalogView.class)))
    public Response catalog(@Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.document(QueryParams.item(uri), headers, JSON_LD, null, () -> {
            try {
                return mapper.writeValueAsBytes(catalog());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private DcatCatalogView catalog() {
        List<DatasetEntry> datasets = new ArrayList<>();
        for (Dataset dataset : repository.listAll(Sort.by("sourceDocument").and("id"))) {
            String self = "/api/v1/datasets/" + dataset.id;
            String source = dataset.sourceDocument
                    + (dataset.sourceSection == null ? "" : ": " + dataset.sourceSection);
            datasets.add(new DatasetEntry(self, "dcat:Dataset", dataset.id, new Text(dataset.title, "ko"),
                    new Text(dataset.description, "en"),
                    dataset.publisher == null
                            ? null
                            : new DcatCatalogView.Agent("foaf:Agent", new Text(dataset.publisher, "ko")),
                    new Text(source, "ko"), dataset.periodText == null ? null : new Text(dataset.periodText, "ko"),
                    dataset.asOf == null ? null : new DcatCatalogView.Date(dataset.asOf, "xsd:date"),
                    new Ref("/api/v1/governments/" + dataset.governmentId),
                    List.of(new Distribution("dcat:Distribution", new Text("The API resource (JSON, CSV)", "en"),
                            new Ref(self), null, JSON, OPENAPI),
                            new Distribution("dcat:Distribution",
                                    new Text("Frictionless data package (zip of datapackage.json and CSV)", "en"),
                                    new Ref(self + "/package"), new Ref(self + "/package"), ZIP, DATA_PACKAGE))));
        }
        return new DcatCatalogView(CONTEXT, PATH, "dcat:Catalog",
                List.of(new Text("지방정부 공개 데이터 카탈로그", "ko"),
                        new Text("Korean local-government open data catalog", "en")),
                List.of(new Text("광역·기초 지방정부가 펴낸 문서의 공약과 연차별 투자계획, 재난 대응 단계, 예산 집행과 추진 실적을 "
                        + "인쇄된 그대로, 출처 문서와 함께 제공합니다.", "ko"),
                        new Text("Election pledges and their yearly investment plans, disaster-response stages, budget "
                                + "execution and reported achievements of Korean local governments, exactly as "
                                + "printed in their documents, each with its source.", "en")),
                new Ref("/"),
                new DcatCatalogView.Service("/api/v1", "dcat:DataService",
                        new Text("Korean local-government open data API", "en"), new Ref("/api/v1"),
                        new Ref("/q/openapi"), OPENAPI),
                datasets);
    }
}
