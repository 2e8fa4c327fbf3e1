package kr.civicdata.api.web.representation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import kr.civicdata.api.catalog.DataLoaded;
import kr.civicdata.api.web.problem.DatabaseOutage;
import kr.civicdata.api.web.problem.FailureLog;
import kr.civicdata.api.web.problem.UnavailableCause;

/**
 * Which data the database holds and since when. Everything cached from the data is keyed by this version and is
 * dropped when it changes: after a load in this process, or when {@link #refresh()} sees another process's load.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    /**
     * The IMF-fixdate of RFC 9110 section 5.6.7, the one form an HTTP date may be sent in: two-digit day (Wed, 02 Dec
     * 2026), which {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not pad.
     */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    /** The version and load time seen last, with the load time as an HTTP date (Last-Modified), formatted once. */
    public record Snapshot(String version, Instant loadedAt, String httpDate) {

        static final Snapshot NONE = new Snapshot("none", Instant.EPOCH);

        public Snapshot(String version, Instant loadedAt) {
            this(version, loadedAt, HTTP_DATE.format(loadedAt));
        }

        /** Whether the database held loaded data when it was last read. */
        public boolean loaded() {
            return !equals(NONE);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RepresentationCache cache;

    @Inject
    DatabaseOutage outage;

    @Inject
    FailureLog failures;

    private volatile Snapshot current = Snapshot.NONE;
    /** A change was seen at the last refresh: the next one drops the cache once more (see {@link #refresh()}). */
    private boolean settling;

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    void onLoaded(@Observes DataLoaded event) {
        refresh();
    }

    public Snapshot current() {
        return current;
    }

    /**
     * Another replica, or a loading job, may change the data: look every interval. One tiny query, off the request
     * path, so that no answer ever waits for it.
     */
    @Scheduled(every = "${app.data.version-poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        refresh();
    }

    /**
     * Reads the version from the database; drops every cached representation if it changed, and once more at the next
     * refresh: behind a read-only service of several PostgreSQL replicas, each pooled connection may reach a replica
     * that replays the load a little later than the one this query reached, and an answer built from it in between
     * would otherwise stay cached under the new version.
     */
    public synchronized void refresh() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version, loaded_at FROM data_load")) {
            Snapshot seen = rs.next()
                    ? new Snapshot(rs.getString(1), rs.getTimestamp(2).toInstant().truncatedTo(ChronoUnit.SECONDS))
                    : Snapshot.NONE;
            if (!seen.equals(current)) {
                current = seen;
                cache.clear();
                settling = true;
                LOG.infof("Data version %s loaded at %s", seen.version(), seen.loadedAt());
            } else if (settling) {
                settling = false;
                cache.clear();
            }
        } catch (SQLException e) {
            // A database that cannot be reached is the outage's to tell; anything else once a minute at most.
            if (UnavailableCause.of(e) == UnavailableCause.DATABASE_UNREACHABLE) {
                outage.unreachable(e);
            } else {
                failures.known(LOG, "data-version", "Could not read the data version: " + e.getMessage(), null, 0);
            }
        }
    }
}
