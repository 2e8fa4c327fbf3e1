package kr.civicdata.api.web.representation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import kr.civicdata.api.db.query.Keyset;
import kr.civicdata.api.db.query.Page;
import kr.civicdata.api.db.query.PageRequest;
import kr.civicdata.api.db.query.Selection;
import kr.civicdata.api.web.problem.ProblemException;
import kr.civicdata.api.web.query.Format;
import kr.civicdata.api.web.query.QueryParams;

/**
 * Sends the whole filtered result of a collection, as CSV or NDJSON, row by row in constant memory, for national-scale
 * downloads: the rows are read a part at a time ({@link StreamConfig#chunkRows()}), each part one page of the
 * collection's own query (so in its documented order, with its filters, and its nested rows as in a JSON page), in a
 * short transaction of its own, written out and let go before the next is read. Every part after the first starts
 * after the last row of the one before (a {@link Keyset} of that row, in the order with its tie-breaker), never after
 * an offset, and counts nothing ({@link PageRequest#counted}): the first part's count, where it needs one, tells
 * {@code X-Total-Count}, so the stream costs the same per part at its end as at its start. No part of the answer is
 * kept: it is never in memory whole, unlike the pages of JSON that {@link RepresentationCache} keeps.
 *
 * <p>
 * Everything a client can get wrong is checked before the first byte (the parameters, the field set, the first part,
 * which also tells {@code X-Total-Count}), so a mistake is a problem+json 400 like any other. The ETag is that of the
 * data version and the canonical request, known before any query: a revalidation is a 304 that reads nothing. A load
 * that commits while a stream is sent ends it unfinished (the chunked body is cut without its last chunk, which
 * clients report as an error) rather than mix rows of two versions; the client asks again.
 */
@ApplicationScoped
public class CollectionStreams {

    private static final Logger LOG = Logger.getLogger(CollectionStreams.class);
    /** As {@link Representations}: a first part that finds the data changed is read again under the next version. */
    private static final int MAX_ATTEMPTS = 3;
    private static final byte[] NEWLINE = {'\n'};

    @Inject
    StreamConfig config;

    @Inject
    HttpConfig http;

    @Inject
    DataVersion dataVersion;

    @Inject
    CurrentVertxRequest request;

    private Semaphore turns;

    @PostConstruct
    void init() {
        turns = new Semaphore(Math.max(1, config.concurrentStreams()), true);
    }

    /**
     * The whole filtered result as a stream.
     *
     * @param format {@link Format#CSV} or {@link Format#NDJSON}
     * @param fields the field set asked for, or null for every field
     * @param json serialises one row as JSON, the fields asked for only (NDJSON)
     * @param reads how the query reads: a part is built as {@link DataVersion#build} says for it
     * @param query the collection's page query
     */
    <T> Response stream(QueryParams params, HttpHeaders headers, Format format, Class<T> rowType, String fileName,
            FieldSet fields, Function<Object, byte[]> json, DataVersion.Reads reads,
            BiFunction<Selection, PageRequest, Page<T>> query) {
        Selection selection = params.selection();
        String selector = format + " " + params.path() + '?' + params.canonical();
        boolean gzip = AnswerHeaders.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        int chunk = Math.max(1, config.chunkRows());
        for (int attempt = 1;; attempt++) {
            DataVersion.Snapshot data = loaded();
            String etag = etag(data, selector, gzip);
            if (matches(headers, etag, data)) {
                return validators(Response.notModified(), etag, data).build();
            }
            Release release = acquire();
            try {
                Page<T> first = part(data, reads, query, selection, new PageRequest(1, chunk));
                Response.ResponseBuilder response = validators(Response.ok(), etag, data)
                        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
                        .header("X-Total-Count", Long.toString(first.total()))
                        .header("Content-Disposition", attachment(params, fileName, format));
                if (gzip) {
                    response.header("Content-Encoding", "gzip");
                }
                if (head()) {
                    release.run();
                    return response.build();
                }
                RowWriter<T> rows = format == Format.CSV
                        ? new CsvRows<>(Csv.columns(rowType, fields == null ? column -> true : fields::keepsColumn))
                        : (out, row) -> {
                            out.write(json.apply(row));
                            out.write(NEWLINE);
                        };
                StreamingOutput body = out -> send(out, gzip, rows, first, chunk, data, reads, query, selection,
                        params, release);
                return response.entity(body).build();
            } catch (DataVersion.Stale e) {
                release.run();
                if (attempt < MAX_ATTEMPTS) {
                    continue;
                }
                throw ProblemException.dataChanging();
            } catch (RuntimeException | Error e) {
                release.run();
                throw e;
            }
        }
    }

    /**
     * A document of one media type, too large to build whole (see {@link Representations#document}), streamed as
     * {@code open} makes it under the streams' turns: {@code open} checks the request and reads what the first byte
     * needs under the generation given, before the status line; the body it gives reads the rest a part at a time.
     * The ETag is that of the data version and {@code selector}, so a revalidation is a 304 that reads nothing; a
     * failure once the body is begun cuts it, as a collection's stream.
     */
    Response document(HttpHeaders headers, String selector, String mediaType, String disposition,
            Function<DataVersion.Snapshot, StreamingOutput> open) {
        for (int attempt = 1;; attempt++) {
            DataVersion.Snapshot data = loaded();
            String etag = etag(data, selector, false);
            if (matches(headers, etag, data)) {
                return validators(Response.notModified(), etag, data).build();
            }
            Release release = acquire();
            try {
                StreamingOutput body = open.apply(data);
                Response.ResponseBuilder response = validators(Response.ok(), etag, data)
                        .header(HttpHeaders.CONTENT_TYPE, mediaType).header("Content-Disposition", disposition);
                if (head()) {
                    release.run();
                    return response.build();
                }
                return response.entity((StreamingOutput) out -> {
                    try {
                        body.write(out);
                    } catch (RuntimeException e) {
                        LOG.warnf("Stream of %s cut: %s", selector, e.toString());
                        throw new IOException("stream cut", e);
                    } finally {
                        release.run();
                    }
                }).build();
            } catch (DataVersion.Stale e) {
                release.run();
                if (attempt == MAX_ATTEMPTS) {
                    throw ProblemException.dataChanging();
                }
            } catch (RuntimeException | Error e) {
                release.run();
                throw e;
            }
        }
    }

    /** Writes the parts, the first one already read; a failure after the first byte can only cut the answer. */
    private <T> void send(OutputStream client, boolean gzip, RowWriter<T> rows, Page<T> first, int chunk,
            DataVersion.Snapshot data, DataVersion.Reads reads, BiFunction<Selection, PageRequest, Page<T>> query,
            Selection selection, QueryParams params, Release release) throws IOException {
        long sent = 0;
        try {
            OutputStream out = gzip ? new GZIPOutputStream(client, 8192) : client;
            rows.start(out);
            Page<T> page = first;
            for (int number = 1;; number++) {
                for (T row : page.rows()) {
                    rows.write(out, row);
                }
                sent += page.rows().size();
                if (page.rows().size() < chunk || sent >= first.total()) {
                    break;
                }
                int next = number + 1;
                page = part(data, reads, query, selection,
                        new PageRequest(next, chunk, new Keyset(next, params.query(), page.lastKeys()), false));
            }
            rows.end(out);
            if (out instanceof GZIPOutputStream zipped) {
                zipped.finish();
            }
        } catch (RuntimeException e) {
            // The status line is sent: all that is left is to end the answer unfinished, and say why in the log.
            LOG.warnf("Stream of %s cut after %d rows: %s", params.path(), sent, e.toString());
            throw new IOException("stream cut after " + sent + " rows", e);
        } finally {
            release.run();
        }
    }

    /**
     * One part of the result, in a transaction of its own ({@link DataVersion#build}: one snapshot that holds the
     * stream's data version, else {@link DataVersion.Stale}, which cuts a stream begun under another version), or
     * without one where every statement of the query proves its version ({@link DataVersion#buildConfirmed}, as
     * {@code reads} says); its entities are let go when it ends.
     */
    private <T> Page<T> part(DataVersion.Snapshot data, DataVersion.Reads reads,
            BiFunction<Selection, PageRequest, Page<T>> query, Selection selection, PageRequest request) {
        return dataVersion.build(data, reads, () -> query.apply(selection, request));
    }

    /** A turn among {@link StreamConfig#concurrentStreams()}, given back once, whichever way the request ends. */
    private Release acquire() {
        boolean turn;
        try {
            turn = turns.tryAcquire(config.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw ProblemException.busy();
        }
        Release release = new Release(turns);
        RoutingContext context = request.getCurrent();
        if (context != null) {
            // A client that goes away before the body is written: the turn is given back all the same.
            context.addEndHandler(ended -> release.run());
        }
        return release;
    }

    /** The generation a stream begins under: one that holds data, else the 503 that says there is none yet. */
    private DataVersion.Snapshot loaded() {
        DataVersion.Snapshot data = dataVersion.current();
        if (!data.loaded()) {
            throw ProblemException.noData();
        }
        return data;
    }

    /** Whether the request's validators match {@code etag} under {@code data}: a 304 then, which reads nothing. */
    private static boolean matches(HttpHeaders headers, String etag, DataVersion.Snapshot data) {
        return AnswerHeaders.notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, data.loadedAt());
    }

    /** A HEAD request: the status line and headers of the stream, no body read or sent. */
    private boolean head() {
        return "HEAD".equals(request.getCurrent().request().method().name());
    }

    private Response.ResponseBuilder validators(Response.ResponseBuilder response, String etag,
            DataVersion.Snapshot data) {
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, data.httpDate())
                .header(HttpHeaders.CACHE_CONTROL, http.cacheControl()).header(HttpHeaders.VARY,
                        "Accept, Accept-Encoding");
    }

    /**
     * The ETag of a stream: of the data version (with its load time, so the same on every replica) and the canonical
     * request, format included; the gzip form has its own, as every other answer's.
     */
    static String etag(DataVersion.Snapshot data, String selector, boolean gzip) {
        String tag = "s" + Representations.hash((data.version() + ' ' + data.loadedAt().getEpochSecond() + ' '
                + selector).getBytes(StandardCharsets.UTF_8));
        return '"' + tag + (gzip ? "-gzip" : "") + '"';
    }

    /**
     * The Content-Disposition of a whole collection's download, streamed or built whole: an attachment named by
     * {@link #fileName}, with the format's extension.
     */
    static String attachment(QueryParams params, String name, Format format) {
        return "attachment; filename=\"" + fileName(params, name) + (format == Format.CSV ? ".csv" : ".ndjson") + '"';
    }

    /** The download's name: the collection's, then each canonical parameter's value but the sort. */
    private static String fileName(QueryParams params, String name) {
        StringBuilder fileName = new StringBuilder(name);
        params.canonical().forEach((parameter, value) -> {
            if (!parameter.equals("sort")) {
                fileName.append('_').append(value.replaceAll("[^A-Za-z0-9.-]", "-"));
            }
        });
        return fileName.toString();
    }

    /** Writes rows of one format. */
    @FunctionalInterface
    private interface RowWriter<T> {

        default void start(OutputStream out) throws IOException {
        }

        void write(OutputStream out, T row) throws IOException;

        default void end(OutputStream out) throws IOException {
        }
    }

    /** CSV as {@link Csv#write} writes it (the same bytes), a row at a time. */
    private static final class CsvRows<T> implements RowWriter<T> {

        private final List<Csv.Column> columns;
        private final StringBuilder line = new StringBuilder(256);

        CsvRows(List<Csv.Column> columns) {
            this.columns = columns;
        }

        @Override
        public void start(OutputStream out) throws IOException {
            out.write(Csv.BOM);
            line.setLength(0);
            Csv.header(line, columns);
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(OutputStream out, T row) throws IOException {
            line.setLength(0);
            Csv.row(line, columns, row);
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Gives a turn back once. */
    private static final class Release implements Runnable {

        private final Semaphore turns;
        private final AtomicBoolean released = new AtomicBoolean();

        Release(Semaphore turns) {
            this.turns = turns;
        }

        @Override
        public void run() {
            if (released.compareAndSet(false, true)) {
                turns.release();
            }
        }
    }
}
