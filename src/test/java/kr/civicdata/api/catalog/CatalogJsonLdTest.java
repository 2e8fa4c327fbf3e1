package kr.civicdata.api.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static kr.civicdata.api.catalog.JsonLdGraph.DCAT;
import static kr.civicdata.api.catalog.JsonLdGraph.DCT;
import static kr.civicdata.api.catalog.JsonLdGraph.FOAF;
import static kr.civicdata.api.catalog.JsonLdGraph.SCHEMA;
import static kr.civicdata.api.catalog.JsonLdGraph.XSD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metadata others harvest, read by a JSON-LD processor as a harvester reads it: the DCAT 3 catalog at
 * /api/v1/catalog.jsonld says, in expanded terms, what /api/v1/datasets says, and the front page's schema.org Dataset
 * names downloads that answer with the format it declares. Each check is shown failing on a broken document.
 */
@QuarkusTest
class CatalogJsonLdTest {

    private static final Pattern JSON_LD_BLOCK = Pattern
            .compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @TestHTTPResource("/api/v1/catalog.jsonld")
    URI catalogUrl;

    @TestHTTPResource("/")
    URI frontPage;

    /** What the catalog must say of each dataset of the API; the problems found, none when it says all. */
    private List<String> dcatProblems(String document) {
        JsonLdGraph graph = JsonLdGraph.read(document, catalogUrl.toString());
        List<String> problems = new ArrayList<>();
        List<JsonObject> catalogs = graph.ofType(DCAT + "Catalog");
        if (catalogs.size() != 1) {
            return List.of("expected one dcat:Catalog, found " + catalogs.size());
        }
        JsonObject catalog = catalogs.get(0);
        if (!JsonLdGraph.literals(catalog, DCT + "title").stream().map(t -> t.getString("@language", ""))
                .toList().containsAll(List.of("ko", "en"))) {
            problems.add("the catalog has no dct:title in Korean and English");
        }
        if (JsonLdGraph.objects(catalog, DCAT + "service").stream()
                .noneMatch(s -> JsonLdGraph.values(s, DCAT + "endpointURL").contains(resolve("/api/v1")))) {
            problems.add("the catalog names no dcat:service with the API's dcat:endpointURL");
        }
        List<Map<String, Object>> served = given().get("/api/v1/datasets?size=1000").then().statusCode(200)
                .extract().jsonPath().getList("data");
        List<String> listed = JsonLdGraph.values(catalog, DCAT + "dataset");
        List<JsonObject> datasets = graph.ofType(DCAT + "Dataset");
        for (Map<String, Object> api : served) {
            String id = (String) api.get("id");
            String iri = resolve("/api/v1/datasets/" + id);
            if (!listed.contains(iri)) {
                problems.add(id + ": not a dcat:dataset of the catalog");
            }
            JsonObject dataset = datasets.stream().filter(d -> iri.equals(d.getString("@id", null))).findFirst()
                    .orElse(null);
            if (dataset == null) {
                problems.add(id + ": no dcat:Dataset " + iri);
                continue;
            }
            if (!JsonLdGraph.values(dataset, DCT + "identifier").equals(List.of(id))) {
                problems.add(id + ": dct:identifier is " + JsonLdGraph.values(dataset, DCT + "identifier"));
            }
            List<JsonObject> titles = JsonLdGraph.literals(dataset, DCT + "title");
            if (titles.size() != 1 || !titles.get(0).getString("@value").equals(api.get("title"))
                    || !"ko".equals(titles.get(0).getString("@language", null))) {
                problems.add(id + ": dct:title is not the printed title in Korean: " + titles);
            }
            if (api.get("publisher") != null && JsonLdGraph.objects(dataset, DCT + "publisher").stream()
                    .noneMatch(p -> JsonLdGraph.values(p, FOAF + "name").contains(api.get("publisher")))) {
                problems.add(id + ": no dct:publisher named " + api.get("publisher"));
            }
            if (api.get("asOf") != null && JsonLdGraph.literals(dataset, DCT + "issued").stream()
                    .noneMatch(d -> d.getString("@value").equals(api.get("asOf"))
                            && (XSD + "date").equals(d.getString("@type", null)))) {
                problems.add(id + ": no dct:issued xsd:date " + api.get("asOf"));
            }
            String download = resolve("/api/v1/datasets/" + id + "/package");
            if (JsonLdGraph.objects(dataset, DCAT + "distribution").stream()
                    .noneMatch(d -> JsonLdGraph.values(d, DCAT + "downloadURL").contains(download)
                            && JsonLdGraph.values(d, DCAT + "mediaType")
                                    .contains("https://www.iana.org/assignments/media-types/application/zip"))) {
                problems.add(id + ": no zip distribution with dcat:downloadURL " + download);
            }
        }
        if (datasets.size() != served.size()) {
            problems.add(datasets.size() + " dcat:Dataset nodes for " + served.size() + " datasets");
        }
        return problems;
    }

    private String resolve(String path) {
        return catalogUrl.resolve(path).toString();
    }

    @Test
    void should_describe_every_dataset_in_dcat_3_as_a_json_ld_processor_reads_it() {
        Response answer = given().get("/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().response();
        List<String> problems = dcatProblems(answer.asString());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        given().header("If-None-Match", answer.header("ETag")).get("/api/v1/catalog.jsonld").then().statusCode(304);
        // A harvester that asks for plain JSON gets the same document.
        given().accept("application/json").get("/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType("application/ld+json").header("ETag", answer.header("ETag"));
    }

    @Test
    void should_find_the_dcat_check_failing_on_broken_documents() {
        String document = given().get("/api/v1/catalog.jsonld").then().statusCode(200).extract().asString();
        // Without its context no term means anything: every fact is gone.
        String noContext = document.replaceFirst("\"@context\":\\{[^}]*\\},", "");
        assertTrue(dcatProblems(noContext).contains("expected one dcat:Catalog, found 0"), noContext);
        // A prefix spelt wrong: dct terms expand to another vocabulary.
        List<String> wrongPrefix = dcatProblems(document.replace("http://purl.org/dc/terms/",
                "http://purl.org/dc/elements/1.1/"));
        assertTrue(wrongPrefix.stream().anyMatch(p -> p.contains("dct:title")), String.join("\n", wrongPrefix));
        // One dataset left out.
        String datasetId = given().get("/api/v1/datasets?size=1").then().extract().path("data[0].id");
        List<String> missing = dcatProblems(document.replace("\"/api/v1/datasets/" + datasetId + "\"",
                "\"/api/v1/datasets/elsewhere\""));
        assertTrue(missing.contains(datasetId + ": not a dcat:dataset of the catalog"), String.join("\n", missing));
    }

    /** What the front page must say as a schema.org Dataset; the problems found. */
    private List<String> schemaOrgProblems(String page) {
        Matcher block = JSON_LD_BLOCK.matcher(page);
        if (!block.find()) {
            return List.of("no JSON-LD block on the page");
        }
        JsonLdGraph graph = JsonLdGraph.read(block.group(1), frontPage.toString());
        List<JsonObject> datasets = graph.ofType(SCHEMA + "Dataset");
        if (datasets.size() != 1) {
            return List.of("expected one schema:Dataset, found " + datasets.size());
        }
        JsonObject dataset = datasets.get(0);
        List<String> problems = new ArrayList<>();
        if (JsonLdGraph.values(dataset, SCHEMA + "name").isEmpty()) {
            problems.add("no schema:name");
        }
        List<String> description = JsonLdGraph.values(dataset, SCHEMA + "description");
        // Google's dataset search wants 50 to 5000 characters.
        if (description.size() != 1 || description.get(0).length() < 50 || description.get(0).length() > 5000) {
            problems.add("schema:description is not one text of 50 to 5000 characters: " + description);
        }
        List<JsonObject> downloads = JsonLdGraph.objects(dataset, SCHEMA + "distribution");
        if (downloads.stream()
                .noneMatch(d -> JsonLdGraph.values(d, SCHEMA + "contentUrl").contains("/api/v1/package"))) {
            problems.add("no schema:distribution of the whole data package");
        }
        for (JsonObject download : downloads) {
            if (!download.containsKey("@type")
                    || !download.getJsonArray("@type").getString(0).equals(SCHEMA + "DataDownload")) {
                problems.add("a distribution that is not a schema:DataDownload: " + download);
                continue;
            }
            String url = JsonLdGraph.values(download, SCHEMA + "contentUrl").get(0);
            String format = JsonLdGraph.values(download, SCHEMA + "encodingFormat").get(0);
            Response answer = given().get(url).then().extract().response();
            if (answer.statusCode() != 200 || !answer.contentType().startsWith(format)) {
                problems.add(url + " answers " + answer.statusCode() + " " + answer.contentType() + ", not "
                        + format);
            }
        }
        return problems;
    }

    @Test
    void should_describe_the_data_as_a_schema_org_dataset_on_the_front_page() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        List<String> problems = schemaOrgProblems(page);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void should_find_the_schema_org_check_failing_on_broken_pages() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertEquals(List.of("expected one schema:Dataset, found 0"),
                schemaOrgProblems(page.replace("\"@type\": \"Dataset\"", "\"@type\": \"Datset\"")));
        assertEquals(List.of("expected one schema:Dataset, found 0"),
                schemaOrgProblems(
                        page.replace("\"@vocab\": \"https://schema.org/\"", "\"@vocab\": \"https://example.org/\"")));
        List<String> wrongFormat = schemaOrgProblems(page.replace("\"encodingFormat\": \"application/zip\"",
                "\"encodingFormat\": \"text/csv\""));
        assertTrue(wrongFormat.stream().anyMatch(p -> p.startsWith("/api/v1/package answers 200")),
                String.join("\n", wrongFormat));
        assertEquals(List.of("no JSON-LD block on the page"), schemaOrgProblems("<html></html>"));
    }
}
