package kr.civicdata.api.web.representation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import kr.civicdata.api.catalog.DataLoaded;
import kr.civicdata.api.db.ConfirmedReads;
import kr.civicdata.api.db.SchemaCheck;
import kr.civicdata.api.db.SqlReads;
import kr.civicdata.api.web.problem.DatabaseOutage;
import kr.civicdata.api.web.problem.UnavailableCause;

/**
 * Which data the database holds, and the one notion in this process of "the data changed", whichever process changed
 * it: a load here, another replica's, or a loading job's, seen by {@link #refresh()}.
 *
 * <p>
 * Each change starts a new {@link Snapshot}, a generation of the data. Everything held in memory that is derived from
 * the data belongs to one generation: the cached representations and the fast path's aliases are keyed by it, and
 * other derived state (the catalog of provenances) is kept in the snapshot itself ({@link Snapshot#derived}). An answer
 * is built under the snapshot it began with ({@link Snapshot#read}), so it never combines state of two generations, and
 * nothing built under an old generation is found under a new one: no listener has to reset anything.
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

    /** Why a replica is not ready before it has seen any data. */
    static final String NO_DATA = "the database holds no loaded data yet";
    static final String SCHEMA_MISMATCH = "the schema does not match this release; see the log";

    /** The snapshot a build reads under, while it runs ({@link Snapshot#read}). */
    private static final ThreadLocal<Snapshot> READING = new ThreadLocal<>();
    /** The snapshot whose transaction this thread runs in ({@link #build}); unset in a build without one. */
    private static final ThreadLocal<Snapshot> TRANSACTION = new ThreadLocal<>();

    /**
     * The first statement of every build in a transaction ({@link #build}): makes its transaction one snapshot of the database, read
     * only, and reads in that snapshot the data version every later statement of the build will see. One round trip:
     * the driver sends the transaction's BEGIN, the SET and the SELECT together.
     */
    private static final String BEGIN_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
            + "SELECT version, loaded_at FROM data_load";

    /** A data version and its load time (in whole seconds, as Last-Modified tells it), as data_load holds them. */
    private record Loaded(String version, Instant loadedAt) {

        /** Read from {@code SELECT version, loaded_at FROM data_load}; null and the epoch when it holds no row. */
        static Loaded of(ResultSet rs) throws SQLException {
            boolean any = rs.next();
            return new Loaded(any ? rs.getString(1) : null,
                    any ? rs.getTimestamp(2).toInstant().truncatedTo(ChronoUnit.SECONDS) : Instant.EPOCH);
        }
    }

    /**
     * One generation of the data: its version and load time (the load time also as an HTTP date, Last-Modified,
     * formatted once), and what this process derived from it. A new generation begins with every change of the data
     * and once more at the poll after it (see {@link #refresh()}), with nothing derived yet.
     */
    public static final class Snapshot {

        private final long generation;
        /** Null when the database held no loaded data. */
        private final String version;
        private final Instant loadedAt;
        private final String httpDate;
        private final String key;
        private final ConcurrentMap<Object, Object> derived = new ConcurrentHashMap<>();

        /** Loaded data outside any generation of a running service (tests of the date forms). */
        public Snapshot(String version, Instant loadedAt) {
            this(-1, version, loadedAt);
        }

        Snapshot(long generation, String version, Instant loadedAt) {
            this.generation = generation;
            this.version = version;
            this.loadedAt = loadedAt;
            this.httpDate = HTTP_DATE.format(loadedAt);
            this.key = "g" + generation;
        }

        /** The version the data load recorded; "none" when the database held no loaded data. */
        public String version() {
            return version == null ? "none" : version;
        }

        public Instant loadedAt() {
            return loadedAt;
        }

        public String httpDate() {
            return httpDate;
        }

        /** Whether the database held loaded data when this generation began. */
        public boolean loaded() {
            return version != null;
        }

        /** Identifies this generation in this process: the first part of every key of state derived from it. */
        public String key() {
            return key;
        }

        /**
         * State derived from this generation of the data, made by {@code build} on first use and kept with the
         * generation. {@code build} runs once, whoever asks at the same time waits for it, and a failed build keeps
         * nothing; it must not ask for other derived state.
         */
        @SuppressWarnings("unchecked")
        public <T> T derived(Object kind, Supplier<T> build) {
            Object value = derived.get(kind);
            if (value == null) {
                value = derived.computeIfAbsent(kind, k -> build.get());
            }
            return (T) value;
        }

        /** Runs {@code work} as a build under this generation: {@link DataVersion#reading()} is this snapshot. */
        public <T> T read(Supplier<T> work) {
            Snapshot outer = READING.get();
            READING.set(this);
            try {
                return work.get();
            } finally {
                if (outer == null) {
                    READING.remove();
                } else {
                    READING.set(outer);
                }
            }
        }

        boolean sameData(String otherVersion, Instant otherLoadedAt) {
            return Objects.equals(version, otherVersion) && loadedAt.equals(otherLoadedAt);
        }

        @Override
        public String toString() {
            return "generation " + generation + " of data version " + version();
        }
    }

    /**
     * Thrown by a build that found the database holding another version than the generation it reads under: in its
     * snapshot ({@link DataVersion#build}), or a dataset its catalog does not know; {@link Representations} builds the
     * answer again, under the next generation when one began.
     */
    public static final class Stale extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stale(String message) {
            super(message, null, false, false);
        }
    }

    /** How a build reads the database. */
    public enum Reads {
        /** In one snapshot transaction that holds the build's data version ({@link DataVersion#build}). */
        SNAPSHOT,
        /**
         * Each statement on its own, every one proving its data version with its rows
         * ({@link DataVersion#buildConfirmed}): for work that runs nothing but such statements.
         */
        CONFIRMED
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RepresentationCache cache;

    @Inject
    SchemaCheck schema;

    @Inject
    DatabaseOutage outage;

    @Inject
    Session session;

    private volatile Snapshot current = new Snapshot(0, null, Instant.EPOCH);
    /** Why no data is served while {@link #current} holds none, for the readiness check. */
    private volatile String notReady = NO_DATA;
    private long generations;
    /** A change was seen at the last refresh: the next one begins another generation (see {@link #refresh()}). */
    private boolean settling;
    /** The last failure to read the version, and the last schema mismatch: each logged once, not at every poll. */
    private String lastReadFailure;
    private String lastMismatch;

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    /** A load in this process: look now rather than at the next poll. */
    void onLoaded(@Observes DataLoaded event) {
        refresh();
    }

    /** The generation requests begin with now. */
    public Snapshot current() {
        return current;
    }

    /** The generation of the build running on this thread, else the current one. */
    public Snapshot reading() {
        Snapshot snapshot = READING.get();
        return snapshot != null ? snapshot : current;
    }

    /**
     * Runs {@code work}, a build of state derived from the data (an answer, the catalog it takes provenance from), under
     * {@code snapshot}, reading all it reads from one snapshot of the database that holds the data version of that
     * generation: one read-only REPEATABLE READ transaction, whose first statement reads data_load. Panache's queries
     * and {@link kr.civicdata.api.db.SqlReads}' share the transaction's connection, so every row the build reads is of
     * the version it is labelled with (its ETag, its Last-Modified, the provenance it is given). When the snapshot
     * holds another version (a load committed by another process since this generation began, before the poll saw it;
     * a PostgreSQL replica behind another), nothing is built, cached or dated under this generation: a newer version is
     * adopted at once ({@link #moved}), and the caller builds again, under the generation that begins.
     *
     * <p>
     * Within a build in such a transaction, {@code work} joins it. Within a build without one ({@link #buildConfirmed}),
     * it runs in a transaction of its own, outside the other's confirmed reads: its statements need not prove their
     * version one by one.
     *
     * <p>
     * Entities are read only and never flushed: a build changes nothing, and Hibernate would otherwise check every
     * entity it read for changes before each query and at the commit.
     *
     * @throws Stale when the database holds another version than {@code snapshot}
     */
    public <T> T build(Snapshot snapshot, Supplier<T> work) {
        if (TRANSACTION.get() != null) {
            return snapshot.read(work); // a build within a build: already in its transaction
        }
        return ConfirmedReads.without(() -> inTransaction(snapshot, work));
    }

    /**
     * Runs {@code work} as {@link #build} does, but without a transaction when every statement it runs proves by
     * itself that its rows are of {@code snapshot}'s version: each a {@link SqlReads} statement that reads
     * {@link SqlReads#SAME_DATA} with its rows, confirmed from its first row
     * ({@link #confirm}); a load commits data_load in the transaction that changes the data. Each statement then runs
     * on its own (autocommit), one round trip, with no JTA transaction, no Hibernate session, no round trip to begin
     * the snapshot and none to commit it. The guarantee is that of {@link #build}, kept by
     * {@link ConfirmedReads}: a statement of Hibernate, or one without SAME_DATA, fails at once; a statement that
     * returned no row (nothing confirmed) or rows of another version, and a failure of {@code work} after either, make
     * it run again as {@link #build}, whose snapshot tells which version the database holds.
     *
     * @throws Stale when the database holds another version than {@code snapshot}
     */
    public <T> T buildConfirmed(Snapshot snapshot, Supplier<T> work) {
        if (TRANSACTION.get() != null) {
            return snapshot.read(work); // within a snapshot transaction every statement is of its snapshot already
        }
        ConfirmedReads.Outcome<T> outcome = ConfirmedReads.run(() -> snapshot.read(work));
        RuntimeException failure = outcome.failure();
        if (outcome.proven() || failure instanceof SqlReads.DatabaseException
                || failure instanceof ConfirmedReads.Refused) {
            // A database that fails fails the same way in a transaction: not tried twice (a statement timeout would
            // take twice as long); and a statement that cannot prove its version is a mistake to see, not to hide.
            if (failure != null) {
                throw failure;
            }
            return outcome.value();
        }
        return build(snapshot, work);
    }

    /** Runs {@code work} as {@link #build} or {@link #buildConfirmed} does, as {@code reads} says. */
    public <T> T build(Snapshot snapshot, Reads reads, Supplier<T> work) {
        return reads == Reads.CONFIRMED ? buildConfirmed(snapshot, work) : build(snapshot, work);
    }

    private <T> T inTransaction(Snapshot snapshot, Supplier<T> work) {
        Loaded[] other = new Loaded[1];
        Object built = QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Loaded loaded = beginSnapshot();
            if (!snapshot.sameData(loaded.version(), loaded.loadedAt())) {
                other[0] = loaded;
                return null;
            }
            TRANSACTION.set(snapshot);
            try {
                return snapshot.read(work);
            } finally {
                TRANSACTION.remove();
            }
        });
        if (other[0] != null) {
            throw moved(snapshot, other[0]);
        }
        @SuppressWarnings("unchecked")
        T answer = (T) built;
        return answer;
    }

    /** Begins the current transaction's snapshot, and reads the data version it holds. */
    private Loaded beginSnapshot() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(BEGIN_SNAPSHOT);
            statement.getMoreResults();
            try (ResultSet rs = statement.getResultSet()) {
                return Loaded.of(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not begin a snapshot of the data: " + e.getMessage(), e);
        }
    }

    /**
     * Called when a build's snapshot held another data version than its generation. A version loaded at or after the
     * generation's (another process's load this service has not polled yet) is adopted at once, as the poll would adopt
     * it: it is what the database holds, whichever PostgreSQL replica answers the poll. An older one (loads are dated
     * by the primary's clock: a PostgreSQL replica behind the one the generation was read from) begins nothing, and
     * drops no answer of the generation: the build is tried again, and the poll adopts whatever the database holds.
     *
     * @return the exception that makes the answer be built again, under the new generation if one began
     */
    private synchronized Stale moved(Snapshot snapshot, Loaded loaded) {
        String what = "A build's snapshot of data version " + loaded.version() + " under " + snapshot;
        if (current == snapshot && !loaded.loadedAt().isBefore(snapshot.loadedAt)) {
            adopt(loaded);
            LOG.infof("%s: now %s", what, current);
        }
        return new Stale(what);
    }

    /** While no data is served: why (no schema yet, no data yet, a schema that does not match this release). */
    public String notReady() {
        return notReady;
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
     * Reads the version from the database; a new one begins a new generation, and so does the next refresh after it:
     * behind a read-only service of several PostgreSQL replicas, each pooled connection may reach a replica that
     * replays the load a little later than the one this query reached, and anything built from it in between (an
     * answer, the catalog) would otherwise stay in use under the new version. Before the first generation with data,
     * and at each new version, the schema is checked against the entities; while it does not match, no data is served.
     */
    public synchronized void refresh() {
        Loaded loaded;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version, loaded_at FROM data_load")) {
            loaded = Loaded.of(rs);
            lastReadFailure = null;
        } catch (SQLException e) {
            // A database that cannot be reached is the outage's to tell, once for the whole outage.
            if (UnavailableCause.of(e) == UnavailableCause.DATABASE_UNREACHABLE) {
                outage.unreachable(e);
            }
            readFailed(e.getMessage(), e.getSQLState(),
                    UnavailableCause.of(e) != UnavailableCause.DATABASE_UNREACHABLE);
            return;
        }
        adopt(loaded);
    }

    /**
     * Makes the data version read from the database current: a new one begins a new generation, once its schema is
     * checked, and so does the next refresh after it (see {@link #refresh()}).
     */
    private void adopt(Loaded loaded) {
        String version = loaded.version();
        Instant loadedAt = loaded.loadedAt();
        Snapshot seen = current;
        if (!seen.sameData(version, loadedAt)) {
            String mismatch;
            try {
                mismatch = version == null ? null : schema.mismatch();
            } catch (RuntimeException e) {
                readFailed("the schema could not be checked: " + e.getMessage(), null, true);
                return;
            }
            if (mismatch != null) {
                if (!mismatch.equals(lastMismatch)) {
                    LOG.errorf("Data version %s is not served: the schema does not match this release: %s", version,
                            mismatch);
                    lastMismatch = mismatch;
                }
                notReady = SCHEMA_MISMATCH;
                if (seen.loaded()) {
                    begin(null, Instant.EPOCH);
                }
                settling = false;
                return;
            }
            lastMismatch = null;
            notReady = version == null ? NO_DATA : null;
            begin(version, loadedAt);
            settling = true;
            if (version == null) {
                LOG.warn("The database holds no loaded data any more");
            } else {
                LOG.infof("Data version %s loaded at %s", version, loadedAt);
            }
        } else if (settling) {
            settling = false;
            begin(version, loadedAt);
        }
    }

    /**
     * Called when state derived under {@code snapshot} lacks something the database holds, such as a dataset id its
     * catalog does not know: the database changed since that state was read, whether or not its version says so yet
     * (another process's load before the poll sees it, or a PostgreSQL replica behind another). Reads the version now,
     * and when that begins no new generation, begins one of the same version, so that everything derived is read
     * again; the next poll begins another, as after any change.
     *
     * @return the exception that makes the answer be built again under the new generation
     */
    public synchronized Stale stale(Snapshot snapshot, String what) {
        if (current == snapshot) {
            refresh();
            if (current == snapshot) {
                begin(snapshot.version, snapshot.loadedAt);
                settling = true;
            }
            LOG.infof("%s under %s: now %s", what, snapshot, current);
        }
        return new Stale(what + " under " + snapshot);
    }

    /**
     * The parameters that tell a statement which data version a build reads under ({@link #reading()}): its version and
     * its load time in whole epoch seconds, for SQL that compares them with data_load in the statement of its rows.
     */
    public List<Object> readingParameters() {
        Snapshot snapshot = reading();
        return List.of(snapshot.version(), snapshot.loadedAt().getEpochSecond());
    }

    /**
     * Checks that rows a build read belong to the generation it runs under: {@code sameData} is whether data_load held
     * its version ({@link #readingParameters()}) in the statement that read the rows, so in the same snapshot of the
     * database, and a load changes data_load in the transaction that changes the data. Rows of another version (a load
     * committed by another process after this generation began, before the poll saw it) would otherwise be answered,
     * cached and dated as the older generation: the build is then done again under a new one ({@link #stale}). In a
     * build without a transaction ({@link #buildConfirmed}) this is what proves the statement's rows, and rows of
     * another version make it build again in a snapshot transaction, which tells which version the database holds.
     *
     * @throws Stale when the rows are of another version
     */
    public void confirm(boolean sameData) {
        if (ConfirmedReads.active()) {
            if (!ConfirmedReads.confirmed(sameData)) {
                throw new Stale("Rows of another data version read without a transaction");
            }
        } else if (!sameData) {
            Snapshot snapshot = reading();
            throw stale(snapshot, "Rows of another data version read");
        }
    }

    /** Makes a new generation current; the cached answers of the old one can no longer be found, and are let go. */
    private void begin(String version, Instant loadedAt) {
        current = new Snapshot(++generations, version, loadedAt);
        cache.clear();
    }

    /** Why no data can be served yet, and the failure logged once until it changes, unless the outage tells it. */
    private void readFailed(String failure, String sqlState, boolean log) {
        if (!current.loaded()) {
            // 42P01 undefined_table: a replica started before the migrations created the schema.
            notReady = "42P01".equals(sqlState) ? "the database has no schema yet" : NO_DATA;
        }
        if (log && !Objects.equals(failure, lastReadFailure)) {
            LOG.warnf("Could not read the data version: %s", failure);
            lastReadFailure = failure;
        }
    }
}
