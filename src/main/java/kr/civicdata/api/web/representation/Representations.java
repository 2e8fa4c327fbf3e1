package kr.civicdata.api.web.representation;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import kr.civicdata.api.db.query.Keyset;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.web.problem.Problem;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;

/**
 * Turns the answer of a resource into the HTTP response every endpoint sends: JSON envelope or CSV, ETag and
 * Last-Modified, 304 for a matching revalidation, gzip when accepted, paging headers. Ready responses are kept in
 * {@link RepresentationCache}, so a repeated request or a 304 runs no query.
 */
@ApplicationScoped
public class Representations {

    /** Sets a header on a JAX-RS response; one instance for every request. */
    private static final AnswerHeaders.Writer<Response.ResponseBuilder> JAX_RS = (response, name,
            value) -> response.header(name.toString(), value);
    /**
     * Builds of one answer when each finds the data changed under it: the first under a stale generation, the next
     * under the one that read the database again; a third only if the data changed once more in between.
     */
    private static final int MAX_ATTEMPTS = 3;
    /** Hashed before a sparse answer's bytes for its ETag ({@link #entry}). */
    private static final byte[] SPARSE_ETAG = (Format.SPARSE_JSON + '\n').getBytes(StandardCharsets.UTF_8);

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpConfig config;

    @Inject
    DataVersion dataVersion;

    @Inject
    RepresentationCache cache;

    @Inject
    CollectionStreams streams;

    @Inject
    StreamConfig streamConfig;

    /** The mapper, reading decimals into trees exactly (for field sets); made on first use. */
    private volatile ObjectMapper exactDecimals;

    /**
     * A collection: one page as JSON, or the whole filtered result as CSV or NDJSON: streamed
     * ({@link CollectionStreams}), except a CSV of fewer rows than {@link StreamConfig#cachedCsvRows()}, which is built
     * whole and cached ({@link #wholeCsv}).
     *
     * @param params the request's parameters, read as its collection declares them
     * @param rowType the record type of a row, whose components are the CSV columns
     * @param csvName the file name offered for the CSV or NDJSON download, without extension
     * @param query runs the query of the selected rows for a page
     */
    public <T> Response collection(QueryParams params, HttpHeaders headers, Class<T> rowType, String csvName,
            BiFunction<Selection, PageRequest, Page<T>> query) {
        return collection(params, headers, rowType, csvName, DataVersion.Reads.SNAPSHOT, query);
    }

    /**
     * A collection as {@link #collection(QueryParams, HttpHeaders, Class, String, BiFunction)}, whose query reads as
     * {@code reads} says: {@link DataVersion.Reads#CONFIRMED} for a query whose every statement proves the data version
     * of its rows, built without a transaction ({@link DataVersion#buildConfirmed}).
     */
    public <T> Response collection(QueryParams params, HttpHeaders headers, Class<T> rowType, String csvName,
            DataVersion.Reads reads, BiFunction<Selection, PageRequest, Page<T>> query) {
        Selection selection = params.selection();
        Format requested = params.format();
        PageRequest page = params.page();
        String fieldsText = params.fields();
        params.validate();
        FieldSet fields = fieldsText == null ? null : FieldSet.parse(fieldsText, rowType);
        if (fields != null) {
            params.canonical("fields", fields.canonical());
        }
        Format format = negotiate(requested, headers, true);
        if (format == Format.CSV) {
            Response whole = wholeCsv(params, headers, rowType, csvName, fields, selection, reads, query);
            if (whole != null) {
                return whole;
            }
        }
        if (format != Format.JSON) {
            return streams.stream(params, headers, format, rowType, csvName, fields,
                    row -> fields == null ? serialize(row) : serialize(row, fields), reads, query);
        }
        String selector = format + " " + params.path() + '?' + params.canonical() + " " + page;
        return answer(headers, selector, reads, () -> {
            try {
                return json(params, page, fields, query.apply(selection, page));
            } catch (Keyset.Invalid e) {
                throw ProblemException.invalidParameters(List.of(new Problem.ParameterError("cursor", e.getMessage())));
            }
        });
    }

    /**
     * A collection's CSV built whole, cached and served from memory as a JSON page is (the fast path; its ETag from its
     * bytes), when the result holds fewer rows than {@link StreamConfig#cachedCsvRows()}: the CSV a spreadsheet or a
     * dashboard asks again and again then costs no query, as it did before CSV was streamed. Null for a larger result,
     * which is streamed instead, the same bytes a part at a time ({@link CollectionStreams}).
     */
    private <T> Response wholeCsv(QueryParams params, HttpHeaders headers, Class<T> rowType, String csvName,
            FieldSet fields, Selection selection, DataVersion.Reads reads,
            BiFunction<Selection, PageRequest, Page<T>> query) {
        int most = streamConfig.cachedCsvRows();
        if (most <= 0) {
            return null;
        }
        try {
            return answer(headers, Format.CSV + " " + params.path() + '?' + params.canonical(), reads, () -> {
                // Uncounted: a result this short tells its total, and a longer one is streamed, which counts.
                Page<T> all = query.apply(selection, new PageRequest(1, most).uncounted());
                if (all.rows().size() >= most) {
                    throw new TooLargeToCache();
                }
                Map<String, String> csvHeaders = new LinkedHashMap<>();
                csvHeaders.put("X-Total-Count", Long.toString(all.total()));
                csvHeaders.put("Content-Disposition", CollectionStreams.attachment(params, csvName, Format.CSV));
                return entry(
                        Csv.write(Csv.columns(rowType, fields == null ? column -> true : fields::keepsColumn),
                                all.rows()),
                        Format.CSV.mediaType(), csvHeaders);
            });
        } catch (TooLargeToCache e) {
            return null;
        }
    }

    /** A CSV or document too large to build whole: it is streamed. Carries no stack trace (it is not a failure). */
    private static final class TooLargeToCache extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeToCache() {
            super(null, null, false, false);
        }
    }

    /** A single resource, as JSON. */
    public Response item(QueryParams params, HttpHeaders headers, Supplier<Object> query) {
        Format requested = params.format();
        String fields = params.fields();
        params.validate();
        if (requested == Format.CSV || requested == Format.NDJSON) {
            throw ProblemException.invalidParameters(List.of(new Problem.ParameterError("format",
                    "a single resource is sent as json only; its collection offers csv and ndjson")));
        }
        negotiate(requested, headers, false);
        return answer(headers, "ITEM " + params.path() + (fields == null ? "" : "?fields=" + fields),
                DataVersion.Reads.SNAPSHOT, () -> {
                    Object body = query.get();
                    return fields == null
                            ? entry(serialize(body), Format.JSON.mediaType(), Map.of())
                            : entry(serialize(body, FieldSet.parse(fields, body.getClass())), Format.SPARSE_JSON,
                                    Map.of());
                });
    }

    /**
     * A document of a media type of its own (a zip, a JSON-LD document), with the ETag, 304 and caching of every
     * other answer; {@code fileName}, when given, is offered as the download's name. No {@code format} parameter: the
     * document has one format.
     */
    public Response document(QueryParams params, HttpHeaders headers, String mediaType, String fileName,
            Supplier<byte[]> build) {
        Map<String, String> download = download(params, mediaType, fileName);
        return answer(headers, "DOCUMENT " + params.path(), DataVersion.Reads.SNAPSHOT,
                () -> documentEntry(build.get(), mediaType, download));
    }

    /**
     * A document written a part at a time (a data package): built whole, cached and answered as {@link #document} when
     * it holds fewer bytes than {@link StreamConfig#cachedDocumentBytes()}; a larger one is streamed
     * ({@link CollectionStreams#document}), the same bytes, in constant memory, its ETag that of the data version.
     * {@code open} checks the request and reads what the document's first byte needs under the generation given; the
     * body it gives reads the rest under that generation, a part at a time. A client that revalidates a streamed
     * document's ETag, and a document found too large in this generation, go to the stream without building anything.
     */
    public Response largeDocument(QueryParams params, HttpHeaders headers, String mediaType, String fileName,
            Function<DataVersion.Snapshot, StreamingOutput> open) {
        Map<String, String> download = download(params, mediaType, fileName);
        String selector = "DOCUMENT " + params.path();
        long most = streamConfig.cachedDocumentBytes();
        DataVersion.Snapshot data = dataVersion.current();
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Set<String> tooLarge = data.derived(TooLargeToCache.class, ConcurrentHashMap::newKeySet);
        if (most > 0 && !tooLarge.contains(selector)
                && (ifNoneMatch == null || !ifNoneMatch.contains(CollectionStreams.etag(data, selector, false)))) {
            try {
                return answer(headers, selector, DataVersion.Reads.SNAPSHOT, () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try {
                        open.apply(dataVersion.reading()).write(new Budget(bytes, most));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return documentEntry(bytes.toByteArray(), mediaType, download);
                });
            } catch (TooLargeToCache e) {
                tooLarge.add(selector);
            }
        }
        return streams.document(headers, selector, mediaType, download.get("Content-Disposition"), open);
    }

    /** A document's Content-Disposition, once its parameters are checked: it takes none but the usual ones. */
    private static Map<String, String> download(QueryParams params, String mediaType, String fileName) {
        Format requested = params.format();
        params.validate();
        if (requested != null) {
            throw ProblemException.invalidParameters(List.of(new Problem.ParameterError("format",
                    "this resource is sent as " + mediaType + " only")));
        }
        return fileName == null
                ? Map.of()
                : Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** A document to keep, its ETag from its bytes; a zip is not compressed again. */
    private RepresentationCache.Entry documentEntry(byte[] body, String mediaType, Map<String, String> download) {
        boolean compressed = mediaType.equals("application/zip");
        return new RepresentationCache.Entry(body, !compressed && body.length >= config.gzipMinimumBytes(),
                '"' + hash(body) + '"', mediaType, download);
    }

    /** Counts the bytes of a document built whole, and gives up past its budget: it is then streamed. */
    private static final class Budget extends FilterOutputStream {

        private final long most;
        private long written;

        Budget(OutputStream out, long most) {
            super(out);
            this.most = most;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written >= most) {
                throw new TooLargeToCache();
            }
            out.write(b, off, len);
        }
    }

    /**
     * The answer selected by {@code selector} in the current generation of the data, from the cache or built under that
     * generation ({@link DataVersion#build}, or {@link DataVersion#buildConfirmed} as {@code reads} says): every part
     * of it comes from the database holding that generation's version, and from state of that one generation. A build
     * that finds the database holding another version ({@link DataVersion.Stale}) is done again under the generation
     * that adopts it.
     */
    private Response answer(HttpHeaders headers, String selector, DataVersion.Reads reads,
            Supplier<RepresentationCache.Entry> build) {
        for (int attempt = 1;; attempt++) {
            DataVersion.Snapshot data = dataVersion.current();
            if (!data.loaded()) {
                throw ProblemException.noData();
            }
            String key = data.key() + ' ' + selector;
            RepresentationCache.Entry entry;
            try {
                entry = cache.get(key, () -> dataVersion.build(data, reads, build));
            } catch (DataVersion.Stale e) {
                if (attempt < MAX_ATTEMPTS) {
                    continue;
                }
                throw ProblemException.dataChanging();
            }
            return respond(data, key, entry, headers);
        }
    }

    private <T> RepresentationCache.Entry json(QueryParams params, PageRequest request, FieldSet fields,
            Page<T> page) {
        int lastPage = (int) Math.max(1, (page.total() + request.size() - 1) / request.size());
        if (request.page() > lastPage) {
            throw ProblemException.invalidParameters(List.of(new Problem.ParameterError(
                    request.after() != null ? "cursor" : "page",
                    "is past the last page; this result has " + page.total() + " rows, " + lastPage
                            + " page(s) of size " + request.size())));
        }
        String self = request.after() != null
                ? cursorLink(params, request.after(), request.size())
                : link(params, request.page(), request.size());
        String first = link(params, 1, request.size());
        String prev = request.page() > 1 ? link(params, request.page() - 1, request.size()) : null;
        String next = null;
        if (request.page() < lastPage) {
            // Where the collection offers cursors, the next page starts after the keys of the page's last row.
            next = params.cursors() && page.lastKeys() != null
                    ? cursorLink(params, new Keyset(request.page() + 1, params.query(), page.lastKeys()),
                            request.size())
                    : link(params, request.page() + 1, request.size());
        }
        String last = link(params, lastPage, request.size());
        Envelope<T> envelope = new Envelope<>(page.rows(),
                new Envelope.Meta(request.page(), request.size(), page.total()),
                new Envelope.Links(self, first, prev, next, last));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", Long.toString(page.total()));
        StringBuilder linkHeader = new StringBuilder();
        appendLink(linkHeader, self, "self");
        appendLink(linkHeader, first, "first");
        appendLink(linkHeader, prev, "prev");
        appendLink(linkHeader, next, "next");
        appendLink(linkHeader, last, "last");
        headers.put("Link", linkHeader.toString());
        return fields == null
                ? entry(serialize(envelope), Format.JSON.mediaType(), headers)
                : entry(serialize(envelope, fields), Format.SPARSE_JSON, headers);
    }

    private static void appendLink(StringBuilder header, String uri, String rel) {
        if (uri != null) {
            if (header.length() > 0) {
                header.append(", ");
            }
            header.append('<').append(uri).append(">; rel=\"").append(rel).append('"');
        }
    }

    private static String link(QueryParams params, int page, int size) {
        return query(params).append("page=").append(page).append("&size=").append(size).toString();
    }

    private static String cursorLink(QueryParams params, Keyset after, int size) {
        return query(params).append("cursor=").append(after.encode()).append("&size=").append(size).toString();
    }

    private static StringBuilder query(QueryParams params) {
        StringBuilder uri = new StringBuilder(params.path()).append('?');
        params.canonical().forEach((name, value) -> uri.append(encode(name)).append('=').append(encode(value))
                .append('&'));
        return uri;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise " + body.getClass(), e);
        }
    }

    /**
     * The body with only the fields asked for: of each row of an envelope, or of a single resource. Through a tree of
     * exact decimals, so that 873.20 stays 873.20 as in a full answer.
     */
    private byte[] serialize(Object body, FieldSet fields) {
        JsonNode tree = exactMapper().valueToTree(body);
        fields.apply(body instanceof Envelope<?> ? tree.get("data") : tree);
        return serialize(tree);
    }

    private ObjectMapper exactMapper() {
        ObjectMapper exact = exactDecimals;
        if (exact == null) {
            exact = mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
            exactDecimals = exact;
        }
        return exact;
    }

    /**
     * An answer to keep, its ETag from its bytes. A sparse answer's ETag is also from its type: its bytes were sent as
     * {@code application/json} before the type existed, and a cache revalidating such a copy must get the answer of
     * the new type, not a 304 that keeps the old one.
     */
    private RepresentationCache.Entry entry(byte[] body, String contentType, Map<String, String> headers) {
        String etag = contentType.equals(Format.SPARSE_JSON) ? hash(SPARSE_ETAG, body) : hash(body);
        return new RepresentationCache.Entry(body, body.length >= config.gzipMinimumBytes(), '"' + etag + '"',
                contentType, Map.copyOf(headers));
    }

    private Response respond(DataVersion.Snapshot data, String key, RepresentationCache.Entry entry,
            HttpHeaders headers) {
        cache.answered(data.key(), key);
        boolean gzip = AnswerHeaders.gzip(entry, headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        boolean notModified = AnswerHeaders.notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), AnswerHeaders.etag(entry, gzip),
                data.loadedAt());
        if (!notModified && gzip && entry.gzippedBuffer() == null) {
            entry.gzipped();
            cache.reweigh(key, entry);
        }
        Response.ResponseBuilder response = notModified
                ? Response.notModified()
                : Response.ok(gzip ? entry.gzipped() : entry.body());
        AnswerHeaders.write(response, JAX_RS, entry, gzip, notModified, data, config.cacheControl());
        return response.build();
    }

    /**
     * The format to send: the {@code format} parameter if given, else the Accept header. JSON unless the client
     * prefers text/csv or application/x-ndjson (a collection's streams); 406 when it accepts none of them. The sparse
     * type counts as JSON, and JSON is sent as the type its fields make it, whichever of the two was named (RFC 9110
     * lets the server disregard Accept rather than refuse): a client that asks for fields names what it gets.
     */
    private static Format negotiate(Format requested, HttpHeaders headers, boolean csvAllowed) {
        if (requested != null) {
            return requested;
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        double json = 0;
        double csv = 0;
        double ndjson = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            switch (type) {
                case "application/json", "application/*", "application/problem+json", Format.SPARSE_JSON ->
                    json = Math.max(json, q);
                case "text/csv" -> csv = Math.max(csv, q);
                case "application/x-ndjson" -> ndjson = Math.max(ndjson, q);
                case "*/*" -> {
                    json = Math.max(json, q);
                    csv = Math.max(csv, q * 0.5);
                }
                case "text/*" -> csv = Math.max(csv, q);
                default -> {
                }
            }
        }
        if (csvAllowed && ndjson > json && ndjson > csv) {
            return Format.NDJSON;
        }
        if (csvAllowed && csv > json) {
            return Format.CSV;
        }
        if (json > 0) {
            return Format.JSON;
        }
        throw new ProblemException(406, "not-acceptable", "Not acceptable",
                "This resource is sent as application/json"
                        + (csvAllowed ? ", text/csv or application/x-ndjson" : "")
                        + "; the Accept header allows neither.",
                null);
    }

    static String hash(byte[] body) {
        return hash(new byte[0], body);
    }

    private static String hash(byte[] prefix, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prefix);
            byte[] digest = sha256.digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
