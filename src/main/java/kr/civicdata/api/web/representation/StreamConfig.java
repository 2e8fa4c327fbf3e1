package kr.civicdata.api.web.representation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How whole collections (CSV, NDJSON) and large documents are streamed: see {@link CollectionStreams}. */
@ConfigMapping(prefix = "app.stream")
public interface StreamConfig {

    /**
     * Rows read from the database at a time, the most a stream holds in memory: each part is one page of the
     * collection's own query, read, written out and let go before the next.
     */
    @WithDefault("1000")
    int chunkRows();

    /**
     * Streams sent at once. A stream holds a worker thread and, a part at a time, a database connection for as long as
     * the client takes to read it: more at once would starve the paged answers. Further streams wait their turn.
     */
    @WithDefault("4")
    int concurrentStreams();

    /**
     * A collection's CSV of fewer rows than this is built whole, cached and served from memory like a JSON page (its
     * ETag from its bytes); a larger one is streamed. 0 streams every CSV.
     */
    @WithDefault("5000")
    int cachedCsvRows();

    /**
     * A document written a part at a time (a data package zip) of fewer bytes than this is built whole, cached and
     * served from memory (its ETag from its bytes); a larger one is streamed, the same bytes, in constant memory.
     * 0 streams every such document.
     */
    @WithDefault("2097152")
    long cachedDocumentBytes();

    /** How long a stream waits for its turn before its request is answered 503 (busy, try again). */
    @WithDefault("2s")
    Duration queueTimeout();
}
