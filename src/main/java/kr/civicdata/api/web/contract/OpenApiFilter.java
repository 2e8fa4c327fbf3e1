package kr.civicdata.api.web.contract;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import kr.civicdata.api.db.query.Filter;
import kr.civicdata.api.db.query.Filters;
import kr.civicdata.api.db.query.Sortable;
import kr.civicdata.api.db.query.ValueType;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;

/**
 * Completes the generated document with what every endpoint shares, so that it is written once and is the same
 * everywhere: the paging envelope of each collection, the page/size/format parameters, the caching and paging
 * headers, and the problem+json error responses.
 */
public class OpenApiFilter implements OASFilter {

    private static final String JSON = "application/json";
    private static final String SPARSE_JSON = Format.SPARSE_JSON;
    /** The prefix of the schemas of sparse answers: SparsePledge is Pledge with no field required. */
    private static final String SPARSE = "Sparse";
    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String PROBLEM = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String TOO_MANY_REQUESTS = "TooManyRequests";
    private static final String CURSOR = "Where the page starts, instead of page: opaque, taken from links.next (and the "
            + "Link header's rel=next) of the page before, for the same filters and sort. The pages it reaches are the "
            + "pages page numbers reach, but the last page costs what the first does. A cursor made by hand or for "
            + "another query is a 400 naming cursor.";
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", "RateLimit-Policy");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo()
                .title("Korean local-government open data API")
                .version("1.0.0")
                .description("""
                        Read-only open data on Korean local governments (지방자치단체): the election pledges (공약) of \
                        their heads with yearly investment plans, disaster-response stages, budget execution and \
                        settlement, achievements and other printed figures. Every figure is exactly as printed in \
                        its source document, with its provenance; `/api/v1/consistency` sets published totals \
                        beside the totals computed from their parts.

                        Conventions (the same on every endpoint): collections are paged (`page` from 1, `size` \
                        1–1000, default 50) in an envelope `{data, meta, links}` with `Link` and `X-Total-Count` \
                        headers; `?format=csv` or `Accept: text/csv` sends the whole filtered result as CSV \
                        (UTF-8 with BOM), `?format=ndjson` or `Accept: application/x-ndjson` as one JSON row per \
                        line, both streamed; every 200 carries `ETag` and `Last-Modified` for cheap revalidation \
                        (304); errors are RFC 9457 `application/problem+json`. Each client address may send a \
                        burst of requests and then a steady rate (a token bucket); every answer carries the \
                        `RateLimit-*` headers and a refusal is a 429 with `Retry-After`.""")
                .contact(OASFactory.createContact().name("Local-government open data API maintainers")
                        .url("https://localgov-data.kr/"))
                .license(OASFactory.createLicense().name(
                        "Data: public documents of the local governments named in each dataset; the sources state no licence (see each dataset's licenceNote)")
                        .url("https://localgov-data.kr/licence")));
        openAPI.servers(List.of(OASFactory.createServer().url("/")
                .description("The service that serves this document; the API is under /api/v1.")));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        addSharedSchemas(openAPI);
        addRateLimitComponents(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> sparseRows = new LinkedHashSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getGET();
            if (get != null && path.getKey().startsWith("/api/")) {
                addDeclaredParameters(get);
                complete(openAPI, get, sparseRows);
                if (get.getOperationId() == null) {
                    get.setOperationId(operationId(path.getKey()));
                }
                typeParameters(get);
            }
        }
        requireEveryProperty(openAPI);
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            declareNulls(schema);
        }
        addSparseSchemas(openAPI, sparseRows);
    }

    /**
     * The schemas of the answers to requests with {@code fields=}, sent as {@link Format#SPARSE_JSON}: for each row
     * (and each object it holds, at any depth) a copy named {@code Sparse} + its name, with the same properties, types,
     * nulls and descriptions, and no {@code required} list, since a row holds the fields asked for only. Made from
     * the finished schemas (required lists and nulls declared), so that a field sent is exactly as in the full row;
     * enumerations and formatted values are not copied but referred to as they are.
     */
    private static void addSparseSchemas(OpenAPI openAPI, Set<String> rows) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<String> todo = new ArrayDeque<>(rows);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (schemas.containsKey(SPARSE + name)) {
                continue;
            }
            Schema sparse = (Schema) sparseCopy(schemas.get(name), schemas, todo);
            sparse.setDescription("`" + name + "` as sent to a request with `fields` (as " + SPARSE_JSON
                    + "): only the fields asked for, so none is required; a field that is sent is as in `" + name
                    + "`, null only where that one can be.");
            openAPI.getComponents().addSchema(SPARSE + name, sparse);
        }
    }

    /** A deep copy of a schema (or of a value in one) without required lists, referring to sparse objects. */
    private static Object sparseCopy(Object value, Map<String, Schema> schemas, Deque<String> todo) {
        if (value instanceof Schema schema) {
            Schema copy = OASFactory.createSchema();
            schema.getAll().forEach((key, member) -> copy.set(key, sparseCopy(member, schemas, todo)));
            copy.setRequired(null);
            String ref = copy.getRef();
            if (ref != null && ref.startsWith(SCHEMAS) && isObject(schemas.get(ref.substring(SCHEMAS.length())))) {
                todo.add(ref.substring(SCHEMAS.length()));
                copy.setRef(SCHEMAS + SPARSE + ref.substring(SCHEMAS.length()));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(member -> copy.add(sparseCopy(member, schemas, todo)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(key, sparseCopy(member, schemas, todo)));
            return copy;
        }
        return value;
    }

    private static boolean isObject(Schema schema) {
        return schema != null && schema.getProperties() != null;
    }

    /**
     * {@code /api/v1/governments} is listGovernments, {@code /api/v1/governments/{id}} getGovernment,
     * {@code /api/v1/investments/summary} listInvestmentsSummary: stable names for generated clients.
     */
    static String operationId(String path) {
        String[] segments = path.substring("/api/v1/".length()).split("/");
        boolean item = segments[segments.length - 1].startsWith("{");
        StringBuilder name = new StringBuilder(item ? "get" : "list");
        for (int i = 0; i < segments.length - (item ? 1 : 0); i++) {
            for (String word : segments[i].split("-")) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (item && name.charAt(name.length() - 1) == 's') {
            name.setLength(name.length() - 1);
        }
        return name.toString();
    }

    /**
     * The parameters of a collection, made from the declaration its operation names ({@link Filters#EXTENSION}): each
     * filter, then sort, in declared order, described as the request reads them. The extension is not published.
     */
    private static void addDeclaredParameters(Operation operation) {
        Object reference = operation.getExtensions() == null ? null : operation.getExtensions().get(Filters.EXTENSION);
        if (reference == null) {
            return;
        }
        operation.removeExtension(Filters.EXTENSION);
        Filters filters = declaration(reference.toString());
        for (Filter<?> filter : filters.filters()) {
            Parameter parameter = declaredParameter(filter.name(), filter.description(), filter.example(),
                    schema(filter.type().schema()));
            operation.addParameter(filter.required() ? parameter.required(true) : parameter);
        }
        operation.addParameter(declaredParameter("sort", sortDescription(filters), filters.sortExample(),
                OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        if (filters.cursors()) {
            operation.addParameter(declaredParameter("cursor", CURSOR, null,
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        // The document lists an operation's members in the order they were set: the parameters before the
        // responses, as the annotation scanner writes them.
        APIResponses responses = operation.getResponses();
        operation.setResponses(null);
        operation.setResponses(responses);
    }

    /** The {@link Filters} constant a reference names: {@code package.Class.FIELD}. */
    static Filters declaration(String reference) {
        int dot = reference.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(reference.substring(0, dot), true,
                    Thread.currentThread().getContextClassLoader());
            return (Filters) type.getField(reference.substring(dot + 1)).get(null);
        } catch (ReflectiveOperationException | ClassCastException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("No public static Filters constant " + reference, e);
        }
    }

    /**
     * "Comma-separated fields of code (natural order), title; prefix - for descending. ..." (a test that sends
     * hostile sorts reads the field names back from it).
     */
    static String sortDescription(Filters filters) {
        StringBuilder text = new StringBuilder("Comma-separated fields of ");
        List<Sortable> sortables = filters.sortables();
        for (int i = 0; i < sortables.size(); i++) {
            Sortable sortable = sortables.get(i);
            text.append(i > 0 ? ", " : "").append(sortable.name());
            if (sortable.note() != null) {
                text.append(" (").append(sortable.note()).append(')');
            }
        }
        text.append("; prefix - for descending. ");
        if (filters.sortNote() != null) {
            text.append(filters.sortNote()).append(' ');
        }
        text.append("The id always breaks ties.");
        if (filters.defaultSort() != null) {
            text.append(" Default: ").append(filters.defaultSort()).append('.');
        }
        return text.toString();
    }

    /** The members in the order the annotation scanner writes them, so that the document reads the same. */
    private static Parameter declaredParameter(String name, String description, Object example, Schema schema) {
        return OASFactory.createParameter().description(description).example(example).in(Parameter.In.QUERY)
                .name(name).schema(schema);
    }

    private static Schema schema(ValueType.Schema declared) {
        if (declared.reference() != null) {
            return ref(declared.reference());
        }
        Schema schema = OASFactory.createSchema();
        if (declared.enumeration() != null) {
            schema.enumeration(List.copyOf(declared.enumeration()));
        }
        if (declared.maximum() != null) {
            schema.maximum(BigDecimal.valueOf(declared.maximum()));
        }
        if (declared.minimum() != null) {
            schema.minimum(BigDecimal.valueOf(declared.minimum()));
        }
        return schema.addType(Schema.SchemaType.valueOf(declared.type().toUpperCase(Locale.ROOT)));
    }

    /** A parameter declared without a schema is a string; an enumeration without a type too. */
    private static void typeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null) {
                parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            } else if (schema.getType() == null && schema.getRef() == null) {
                schema.addType(Schema.SchemaType.STRING);
            }
        }
    }

    /**
     * Every field of every row is always sent, null where the source does not give it, so every property of the
     * generated object schemas is required (its nullability says whether it can be null).
     */
    private static void requireEveryProperty(OpenAPI openAPI) {
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null && schema.getRequired() == null) {
                schema.setRequired(List.copyOf(schema.getProperties().keySet()));
            }
        }
    }

    /**
     * One rule for every property of every schema, so that a null the service sends is declared exactly where the
     * record component says {@code nullable = true}, and nowhere else. SmallRye writes that annotation in several
     * forms, and some of them forbid the null: {@code type: object} beside {@code anyOf: [$ref, null]} (which rejects
     * null, seen on the second use of a record), an inline enumeration without null among its values. In OpenAPI
     * 3.1 (JSON Schema 2020-12) a nullable reference is {@code anyOf: [{$ref}, {type: 'null'}]} with no {@code type}
     * beside it, and a nullable value of its own is {@code type: [T, 'null']}, with null among its {@code enum}
     * values; a property that is not nullable never admits null.
     */
    private static void declareNulls(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiFilter::declareNullsOfProperty);
        }
        if (schema.getItems() != null) {
            declareNullsOfProperty(schema.getItems());
        }
    }

    private static void declareNullsOfProperty(Schema property) {
        List<Schema> anyOf = property.getAnyOf() == null ? List.of() : property.getAnyOf();
        boolean nullable = isNull(property) || anyOf.stream().anyMatch(OpenApiFilter::isNull);
        String reference = property.getRef() != null
                ? property.getRef()
                : anyOf.stream().map(Schema::getRef).filter(Objects::nonNull).findFirst().orElse(null);
        if (nullable && reference != null) {
            property.setRef(null);
            property.setType(null);
            property.setAnyOf(List.of(OASFactory.createSchema().ref(reference),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        } else if (nullable) {
            if (!property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
        declareNulls(property);
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
    }

    private static void complete(OpenAPI openAPI, Operation operation, Set<String> sparseRows) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        Schema schema = ok == null || ok.getContent() == null || ok.getContent().getMediaType(JSON) == null
                ? null
                : ok.getContent().getMediaType(JSON).getSchema();
        boolean collection = schema != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.ARRAY) && schema.getItems() != null
                && schema.getItems().getRef() != null;
        if (collection) {
            String row = schema.getItems().getRef().substring(SCHEMAS.length());
            String page = row + "Page";
            openAPI.getComponents().addSchema(page, page(row, "One page of " + row + " rows"));
            openAPI.getComponents().addSchema(SPARSE + page, page(SPARSE + row, "One page of " + row + " rows as "
                    + "sent to a request with `fields` (as " + SPARSE_JSON + "): each row holds the fields asked "
                    + "for only (" + SPARSE + row + "),"));
            sparseRows.add(row);
            ok.content(OASFactory.createContent()
                    .addMediaType(JSON, OASFactory.createMediaType().schema(ref(page)))
                    .addMediaType(SPARSE_JSON, OASFactory.createMediaType().schema(ref(SPARSE + page)))
                    .addMediaType(CSV, OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .description("The whole filtered result (all pages) as RFC 4180 CSV in UTF-8 with a "
                                    + "byte-order mark; the header row holds the JSON field names, nested objects "
                                    + "become `outer.inner` columns and lists are left out.")))
                    .addMediaType(NDJSON, OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .description("The whole filtered result (all pages) as newline-delimited JSON: one "
                                    + "row per line, each as in the `data` of a JSON page, in the same order, "
                                    + "streamed: a row of the " + JSON + " page, or with `fields` a row of the "
                                    + SPARSE_JSON + " page (the fields asked for only)."))));
            operation.addParameter(queryParameter("page", "Page number, from 1. A page past the last one is a 400.",
                    OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                            .defaultValue(1),
                    1));
            operation.addParameter(queryParameter("size", "Rows per page, 1 to 1000. Above 1000 is a 400.",
                    OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(QueryParams.MAX_SIZE))
                            .defaultValue(QueryParams.DEFAULT_SIZE),
                    50));
            operation.addParameter(queryParameter("format",
                    "json (default), csv or ndjson: csv and ndjson stream the whole filtered result, in the order "
                            + "of the pages, as CSV or as one JSON row per line. Same as `Accept: text/csv` or "
                            + "`Accept: application/x-ndjson`.",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(List.of("json", "csv", "ndjson")),
                    "csv"));
            operation.addParameter(fieldsParameter("id,title"));
            ok.addHeader("X-Total-Count", header("Rows in the whole filtered result.",
                    Schema.SchemaType.INTEGER));
            ok.addHeader("Link", header("RFC 8288 links: self, first, prev, next, last (JSON only).",
                    Schema.SchemaType.STRING));
            ok.addHeader("Content-Disposition", header("For CSV and NDJSON: attachment with a file name.",
                    Schema.SchemaType.STRING));
        } else if (ok != null && ok.getContent() != null && ok.getContent().getMediaType(JSON) == null) {
            // A document of a media type of its own (a zip, JSON-LD): no format parameter, which it refuses.
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
                responses.addAPIResponse("404", problem("No resource has this id."));
            }
            if (ok.getContent().getMediaType("application/zip") != null) {
                ok.addHeader("Content-Disposition", header("attachment with the file name of the download.",
                        Schema.SchemaType.STRING));
            }
        } else {
            operation.addParameter(queryParameter("format", "json, the only format of a single resource.",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("json")),
                    "json"));
            operation.addParameter(fieldsParameter("id"));
            responses.addAPIResponse("404", problem("No resource has this id."));
            if (schema != null && schema.getRef() != null) {
                String item = schema.getRef().substring(SCHEMAS.length());
                sparseRows.add(item);
                ok.getContent().addMediaType(SPARSE_JSON,
                        OASFactory.createMediaType().schema(ref(SPARSE + item)));
            }
        }
        if (ok != null) {
            ok.addHeader("ETag", header("Changes exactly when the bytes of this representation change.",
                    Schema.SchemaType.STRING));
            ok.addHeader("Last-Modified", header("When the data was loaded.", Schema.SchemaType.STRING));
            ok.addHeader("Cache-Control", header("public, max-age=60 (configurable).", Schema.SchemaType.STRING));
            addRateLimitHeaders(ok);
        }
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match or If-Modified-Since of the request still holds.")
                .addHeader("ETag", header("The current entity tag.", Schema.SchemaType.STRING));
        addRateLimitHeaders(notModified);
        responses.addAPIResponse("304", notModified);
        responses.addAPIResponse("400", problem(
                "An invalid query parameter: unknown, repeated, empty, malformed, out of range, an unknown sort "
                        + "field, or a page past the last one; `errors` names each parameter. Also an invalid URL "
                        + "(a character that must be percent-encoded, such as raw non-ASCII text, a `%` not "
                        + "followed by two hexadecimal digits, percent-encoded bytes that are not UTF-8) or request "
                        + "headers over 8192 bytes (configurable)."));
        responses.addAPIResponse("406", problem("The Accept header allows none of the formats of this resource."));
        responses.addAPIResponse("414", problem(
                "The URL (path and query) is longer than 4096 bytes (configurable)."));
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref(RESPONSES + TOO_MANY_REQUESTS));
        responses.addAPIResponse("500", problem("An unexpected failure; nothing about it is revealed."));
        APIResponse unavailable = problem(
                "The database cannot answer right now, or the service is too busy to start building the answer in time; retry after the Retry-After delay.");
        unavailable.addHeader("Retry-After", OASFactory.createHeader().ref(HEADERS + "Retry-After"));
        responses.addAPIResponse("503", unavailable);
    }

    /**
     * The RateLimit header fields (IETF draft-ietf-httpapi-ratelimit-headers) that every answer counted against the
     * client's rate limit carries, by reference to {@code components/headers}.
     */
    private static void addRateLimitHeaders(APIResponse response) {
        for (String name : RATE_LIMIT_HEADERS) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    /** The rate-limit headers and the 429 answer, described once and referred to by every operation. */
    private static void addRateLimitComponents(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addHeader("RateLimit-Limit", header(
                "Requests the client may send at once (the capacity of its token bucket).",
                Schema.SchemaType.INTEGER));
        components.addHeader("RateLimit-Remaining", header("Requests the client may still send right now.",
                Schema.SchemaType.INTEGER));
        components.addHeader("RateLimit-Reset", header("Seconds until the client's bucket is full again.",
                Schema.SchemaType.INTEGER));
        components.addHeader("RateLimit-Policy", header(
                "The quota and the window in seconds in which an empty bucket fills up again, for example "
                        + "`1000;w=2`.",
                Schema.SchemaType.STRING));
        components.addHeader("Retry-After", header("Seconds to wait before the next request.",
                Schema.SchemaType.INTEGER));
        APIResponse tooMany = problem("This client sent more requests than its rate limit allows: a token bucket "
                + "per client address, of `RateLimit-Limit` requests at once, refilled at a steady rate. Retry "
                + "after `Retry-After` seconds.");
        tooMany.addHeader("Retry-After", OASFactory.createHeader().ref(HEADERS + "Retry-After"));
        addRateLimitHeaders(tooMany);
        components.addResponse(TOO_MANY_REQUESTS, tooMany);
    }

    /** A page of rows: the rows of the schema named {@code row}, the paging facts and the links. */
    private static Schema page(String row, String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description(description + " with its paging facts and links.")
                .addRequired("data").addRequired("meta").addRequired("links")
                .addProperty("data", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref(row)))
                .addProperty("meta", ref("PageMeta"))
                .addProperty("links", ref("PageLinks"));
    }

    /** {@code fields}: the sparse fieldset every collection and item takes. */
    private static Parameter fieldsParameter(String example) {
        return queryParameter("fields", "Comma-separated fields to send, as named in the answer, `outer.inner` for a "
                + "field of a nested object or of the objects in a list (`execution.budget`, `investments.amount`); "
                + "every other field is left out, of each row in JSON and of the columns in CSV. A field the answer "
                + "does not have is a 400 naming it. Default: every field. JSON with `fields` is sent as "
                + SPARSE_JSON + ", whose schema (`Sparse…`) is the full one with no field required; "
                + "`application/json` is always the full answer, every field present.",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING), example);
    }

    private static Parameter queryParameter(String name, String description, Schema schema, Object example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(schema).example(example);
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(type));
    }

    private static APIResponse problem(String description) {
        MediaType problem = OASFactory.createMediaType().schema(ref("Problem"));
        Content content = OASFactory.createContent().addMediaType(PROBLEM, problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(SCHEMAS + name);
    }

    private static Schema property(Schema.SchemaType type, String description) {
        return OASFactory.createSchema().addType(type).description(description);
    }

    private static Schema nullableString(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL)
                .description(description);
    }

    private static void addSharedSchemas(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addSchema("PageMeta", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Paging facts of a collection answer.")
                .addRequired("page").addRequired("size").addRequired("total")
                .addProperty("page", property(Schema.SchemaType.INTEGER, "This page, from 1.").examples(List.of(1)))
                .addProperty("size", property(Schema.SchemaType.INTEGER, "Rows per page.").examples(List.of(50)))
                .addProperty("total", property(Schema.SchemaType.INTEGER, "Rows in the whole filtered result.")
                        .examples(List.of(62))));
        components.addSchema("PageLinks", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Links to this and the neighbouring pages, as absolute paths with every parameter.")
                .addRequired("self").addRequired("first").addRequired("prev").addRequired("next")
                .addRequired("last")
                .addProperty("self", property(Schema.SchemaType.STRING, "This page.")
                        .examples(List.of("/api/v1/pledges?government=gwangju-seo&page=1&size=50")))
                .addProperty("first", property(Schema.SchemaType.STRING, "The first page."))
                .addProperty("prev", nullableString("The previous page; null on the first page."))
                .addProperty("next", nullableString("The next page; null on the last page."))
                .addProperty("last", property(Schema.SchemaType.STRING, "The last page.")));
        components.addSchema("ParameterError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid query parameter.")
                .addRequired("parameter").addRequired("message")
                .addProperty("parameter", property(Schema.SchemaType.STRING, "Name of the parameter.")
                        .examples(List.of("size")))
                .addProperty("message", property(Schema.SchemaType.STRING, "What was wrong and what is accepted.")
                        .examples(List.of("must be an integer from 1 to 1000"))));
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, sent as application/problem+json with every error.")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("detail")
                .addProperty("type", property(Schema.SchemaType.STRING, "URI of the kind of problem.")
                        .examples(List.of("https://localgov-data.kr/problems/invalid-parameter")))
                .addProperty("title", property(Schema.SchemaType.STRING, "Short summary of the kind of problem.")
                        .examples(List.of("Invalid parameter")))
                .addProperty("status",
                        property(Schema.SchemaType.INTEGER, "The HTTP status code.").examples(List.of(400)))
                .addProperty("detail", property(Schema.SchemaType.STRING, "What went wrong with this request.")
                        .examples(List.of("Query parameter 'size' is invalid: must be an integer from 1 to 1000.")))
                .addProperty("instance", property(Schema.SchemaType.STRING, "The request path.")
                        .examples(List.of("/api/v1/pledges")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For invalid parameters: each parameter and what was wrong with it.")
                        .items(ref("ParameterError"))));
    }
}
