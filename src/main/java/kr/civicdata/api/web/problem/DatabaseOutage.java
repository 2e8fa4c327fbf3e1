package kr.civicdata.api.web.problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;

/**
 * A database that cannot be reached, told as one story instead of a line per request: a WARN line when it is found
 * unreachable (with the cause, in one line), a summary every {@code app.log.outage-summary-interval} while it lasts
 * (requests answered 503, requests answered from memory), and an INFO line when it is back, with the outage's
 * duration. In between, each request it fails is logged at DEBUG only.
 *
 * <p>
 * A failed connection is a suspicion, not yet an outage: a connection can break alone (a server-side timeout, a
 * restarted proxy). A check every second takes a connection and runs a statement; the outage is confirmed (dated from
 * the first failure) when no connection can be had, or after three failed checks, and ends at the first check that
 * works. A suspicion that a check clears is logged as a known failure, at most once a minute.
 *
 * <p>
 * Exports {@code app_database_reachable} (0 during an outage) and {@code app_database_outages_total}.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /**
     * Failed checks on connections of the pool that confirm an outage: each drops a broken connection, so that a few
     * in a row mean the new ones break too.
     */
    private static final int CHECKS_TO_CONFIRM = 3;
    private static final int CHECK_TIMEOUT_MILLIS = 2_000;

    /** One suspected or confirmed outage. */
    private static final class Outage {
        private final long start = System.nanoTime();
        private final long answeredBefore;
        private final LongAdder refused = new LongAdder();
        private volatile String firstPath;
        private volatile Throwable lastFailure;
        private volatile boolean confirmed;
        private int failedChecks;
        private long lastSummary;

        private Outage(long answeredBefore) {
            this.answeredBefore = answeredBefore;
        }

        private long seconds() {
            return (System.nanoTime() - start) / 1_000_000_000L;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    LogConfig config;

    @Inject
    FailureLog failures;

    private final AtomicReference<Outage> current = new AtomicReference<>();
    private Counter outages;

    @PostConstruct
    void init() {
        outages = Counter.builder("app.database.outages")
                .description("Outages of the database confirmed since start")
                .register(registry);
        Gauge.builder("app.database.reachable", current, outage -> outage.get() != null && outage.get().confirmed
                ? 0
                : 1).description("1 while the database can be reached, 0 during an outage").register(registry);
    }

    /** A failure to reach the database in work of the service's own, such as the data-version poll. */
    public void unreachable(Throwable failure) {
        unreachable(failure, null);
    }

    /** A failure to reach the database answering the request at the path (null for none) with a 503. */
    void unreachable(Throwable failure, String path) {
        Outage outage = current.get();
        if (outage == null) {
            Outage suspected = new Outage(answeredWithoutDatabase());
            outage = current.compareAndSet(null, suspected) ? suspected : current.get();
            if (outage == null) { // ended in between: a failure of the outage just over
                return;
            }
        }
        outage.lastFailure = failure;
        if (path != null) {
            if (outage.firstPath == null) {
                outage.firstPath = path;
            }
            outage.refused.increment();
        }
        if (LOG.isDebugEnabled()) {
            FailureLog.withRequest(path, path == null ? 0 : 503, () -> LOG.debugf(failure,
                    "Database unreachable%s", path == null ? "" : ", 503 for " + path));
        }
    }

    /**
     * A request answered 503 for another cause: counted into the outage and logged at DEBUG if one is under way, for it
     * is most likely its consequence (a pool waiting for connections that cannot be made); false if none is.
     */
    boolean absorbs(UnavailableCause cause, String path) {
        Outage outage = current.get();
        if (outage == null) {
            return false;
        }
        outage.refused.increment();
        if (LOG.isDebugEnabled()) {
            FailureLog.withRequest(path, 503, () -> LOG.debugf("503 for %s during the outage: %s", path,
                    cause.description()));
        }
        return true;
    }

    /** Checks a suspected or confirmed outage: ends it if a connection works, else tells it once and in summary. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        Outage outage = current.get();
        if (outage == null) {
            return;
        }
        Probe probe = probe();
        if (probe == null) {
            if (current.compareAndSet(outage, null)) {
                end(outage);
            }
            return;
        }
        outage.lastFailure = probe.failure();
        long now = System.nanoTime();
        if (!outage.confirmed && (probe.connecting() || ++outage.failedChecks >= CHECKS_TO_CONFIRM)) {
            outage.confirmed = true;
            outage.lastSummary = now;
            outages.increment();
            FailureLog.withRequest(outage.firstPath, outage.firstPath == null ? 0 : 503, () -> LOG.warnf(
                    "Database unreachable: %s. Requests that need it are answered 503 (Retry-After: 5), those held "
                            + "in memory are still answered; a summary follows every %d s until it is back.%s",
                    FailureLog.summary(probe.failure()), config.outageSummaryInterval().toSeconds(),
                    outage.firstPath == null ? "" : " First failed request: " + outage.firstPath + "."));
        } else if (outage.confirmed && now - outage.lastSummary >= config.outageSummaryInterval().toNanos()) {
            outage.lastSummary = now;
            LOG.warnf("Database still unreachable after %d s: %d requests answered 503, %d answered from memory; "
                    + "last error: %s", outage.seconds(), outage.refused.sum(),
                    answeredWithoutDatabase() - outage.answeredBefore, FailureLog.summary(probe.failure()));
        }
    }

    private void end(Outage outage) {
        long refused = outage.refused.sum();
        if (outage.confirmed) {
            LOG.infof("Database reachable again after an outage of %s s: %d requests were answered 503, %d from memory",
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - outage.start) / 1e9), refused,
                    answeredWithoutDatabase() - outage.answeredBefore);
        } else if (refused > 0) {
            // One broken connection, or a few: the requests that used it got a 503, and a new connection works.
            failures.known(LOG, "database-connection-failed",
                    refused + " request(s) answered 503 after a database connection failed ("
                            + FailureLog.summary(outage.lastFailure) + "); a new connection works",
                    outage.firstPath, 503);
        }
    }

    /** A failed check: its exception, and whether no connection could be had at all (rather than one that broke). */
    private record Probe(Throwable failure, boolean connecting) {
    }

    /**
     * A connection of the pool, and one round trip on it within 2 s; null when both work. A pooled connection that
     * turns out broken fails its statement, and the pool drops it; one that cannot be opened fails at once.
     */
    private Probe probe() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            return new Probe(e, true);
        }
        try (connection; Statement statement = connection.createStatement()) {
            // A server that does not answer at all would hold the statement until the socket timeout (15 s).
            int timeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, CHECK_TIMEOUT_MILLIS);
            try {
                statement.execute("SELECT 1");
            } finally {
                connection.setNetworkTimeout(Runnable::run, timeout);
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            return new Probe(e, false);
        }
    }

    /**
     * Requests answered 200 or 304 since start, but for /q/ (health, metrics), from the HTTP server's metrics: during
     * an outage these are the answers held in memory.
     */
    private long answeredWithoutDatabase() {
        long answered = 0;
        for (Timer timer : registry.find("http.server.requests").timers()) {
            String status = timer.getId().getTag("status");
            String uri = timer.getId().getTag("uri");
            if (status != null && (status.startsWith("2") || status.equals("304"))
                    && (uri == null || !uri.startsWith("/q/"))) {
                answered += timer.count();
            }
        }
        return answered;
    }
}
