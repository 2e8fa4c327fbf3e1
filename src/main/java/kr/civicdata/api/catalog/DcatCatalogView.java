package kr.civicdata.api.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The catalog as DCAT 3 in JSON-LD, for the harvesters of national portals (data.go.kr, the European data portal's
 * DCAT-AP harvesters) and dataset search engines. Its context is inline (prefixes only, no remote context to fetch),
 * and its ids are relative references, resolved against the URL the document is read from: the service does not know
 * the address it is published under, and an answer must not depend on the request's Host header.
 */
@Schema(name = "DcatCatalog", description = "The catalog as a DCAT 3 dcat:Catalog in JSON-LD (https://www.w3.org/TR/vocab-dcat-3/): every dataset with its title, description, publisher, source and distributions (the API resource and the data package). Ids are relative references, resolved against the document's URL.")
public record DcatCatalogView(
        @JsonProperty("@context") @Schema(name = "@context", description = "The prefixes of the vocabularies used: dcat, dct, foaf, xsd.") Map<String, String> context,
        @JsonProperty("@id") @Schema(name = "@id", description = "The catalog's IRI, relative to the document.", examples = "/api/v1/catalog.jsonld") String id,
        @JsonProperty("@type") @Schema(name = "@type", description = "Always dcat:Catalog.", enumeration = "dcat:Catalog") String type,
        @JsonProperty("dct:title") @Schema(name = "dct:title", description = "The catalog's title, in Korean and English.") List<Text> title,
        @JsonProperty("dct:description") @Schema(name = "dct:description", description = "What the catalog holds, in Korean and English.") List<Text> description,
        @JsonProperty("foaf:homepage") @Schema(name = "foaf:homepage", description = "The front page.") Ref homepage,
        @JsonProperty("dcat:service") @Schema(name = "dcat:service", description = "The API that serves the datasets.") Service service,
        @JsonProperty("dcat:dataset") @Schema(name = "dcat:dataset", description = "Every dataset the API serves.") List<DatasetEntry> datasets) {

    /** A text with its language. */
    @Schema(name = "DcatText", description = "A text with its language (a JSON-LD value object).")
    public record Text(
            @JsonProperty("@value") @Schema(name = "@value", description = "The text.") String value,
            @JsonProperty("@language") @Schema(name = "@language", description = "Its language (BCP 47).", enumeration = {
                    "ko", "en"}) String language){
    }

    /** A reference to another resource by its IRI. */
    @Schema(name = "DcatRef", description = "A reference to a resource by its IRI (a JSON-LD node reference); a relative IRI is resolved against the document's URL.")
    public record Ref(@JsonProperty("@id") @Schema(name = "@id", description = "The IRI.") String id) {
    }

    /** The API as a dcat:DataService. */
    @Schema(name = "DcatDataService", description = "The API as a dcat:DataService.")
    public record Service(
            @JsonProperty("@id") @Schema(name = "@id", description = "The API's IRI.", examples = "/api/v1") String id,
            @JsonProperty("@type") @Schema(name = "@type", description = "Always dcat:DataService.", enumeration = "dcat:DataService") String type,
            @JsonProperty("dct:title") @Schema(name = "dct:title", description = "Its title.") Text title,
            @JsonProperty("dcat:endpointURL") @Schema(name = "dcat:endpointURL", description = "The root of the API.") Ref endpointUrl,
            @JsonProperty("dcat:endpointDescription") @Schema(name = "dcat:endpointDescription", description = "The OpenAPI document.") Ref endpointDescription,
            @JsonProperty("dct:conformsTo") @Schema(name = "dct:conformsTo", description = "The OpenAPI specification.") Ref conformsTo) {
    }

    /** One dataset as a dcat:Dataset. */
    @Schema(name = "DcatDataset", description = "One dataset of the catalog as a dcat:Dataset.")
    public record DatasetEntry(
            @JsonProperty("@id") @Schema(name = "@id", description = "The dataset's IRI: its API resource.", examples = "/api/v1/datasets/gwangju-seo-pledge-plan") String id,
            @JsonProperty("@type") @Schema(name = "@type", description = "Always dcat:Dataset.", enumeration = "dcat:Dataset") String type,
            @JsonProperty("dct:identifier") @Schema(name = "dct:identifier", description = "The dataset id of the API.", examples = "gwangju-seo-pledge-plan") String identifier,
            @JsonProperty("dct:title") @Schema(name = "dct:title", description = "The title as printed, in Korean.") Text title,
            @JsonProperty("dct:description") @Schema(name = "dct:description", description = "What the dataset holds, in English.") Text description,
            @JsonProperty("dct:publisher") @Schema(name = "dct:publisher", description = "The publisher as printed; null where the source does not say.", nullable = true) Agent publisher,
            @JsonProperty("dct:source") @Schema(name = "dct:source", description = "The source document and its section, as printed.") Text source,
            @JsonProperty("dct:temporal") @Schema(name = "dct:temporal", description = "The period the source covers, as printed; null where it states none.", nullable = true) Text temporal,
            @JsonProperty("dct:issued") @Schema(name = "dct:issued", description = "The as-of date the source prints for its figures; null where it prints none.", nullable = true) Date issued,
            @JsonProperty("dct:spatial") @Schema(name = "dct:spatial", description = "The government the dataset is about.") Ref spatial,
            @JsonProperty("dcat:distribution") @Schema(name = "dcat:distribution", description = "Its distributions: the API resource (JSON and CSV) and the data package (zip).") List<Distribution> distributions) {
    }

    /** A publisher as a foaf:Agent. */
    @Schema(name = "DcatAgent", description = "A publisher as a foaf:Agent.")
    public record Agent(
            @JsonProperty("@type") @Schema(name = "@type", description = "Always foaf:Agent.", enumeration = "foaf:Agent") String type,
            @JsonProperty("foaf:name") @Schema(name = "foaf:name", description = "The name as printed.") Text name) {
    }

    /** A typed date. */
    @Schema(name = "DcatDate", description = "A date (an xsd:date value object).")
    public record Date(
            @JsonProperty("@value") @Schema(name = "@value", description = "The date.", examples = "2023-06-12") LocalDate value,
            @JsonProperty("@type") @Schema(name = "@type", description = "Always xsd:date.", enumeration = "xsd:date") String type) {
    }

    /** One way to get a dataset. */
    @Schema(name = "DcatDistribution", description = "One way to get a dataset, as a dcat:Distribution.")
    public record Distribution(
            @JsonProperty("@type") @Schema(name = "@type", description = "Always dcat:Distribution.", enumeration = "dcat:Distribution") String type,
            @JsonProperty("dct:title") @Schema(name = "dct:title", description = "What it is.") Text title,
            @JsonProperty("dcat:accessURL") @Schema(name = "dcat:accessURL", description = "Where to get it.") Ref accessUrl,
            @JsonProperty("dcat:downloadURL") @Schema(name = "dcat:downloadURL", description = "The file to download; null for the API resource, which is read rather than downloaded.", nullable = true) Ref downloadUrl,
            @JsonProperty("dcat:mediaType") @Schema(name = "dcat:mediaType", description = "Its media type, as an IANA IRI.") Ref mediaType,
            @JsonProperty("dct:conformsTo") @Schema(name = "dct:conformsTo", description = "The standard it follows: the OpenAPI contract or the Frictionless Data Package specification.") Ref conformsTo) {
    }
}
