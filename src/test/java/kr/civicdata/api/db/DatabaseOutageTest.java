package kr.civicdata.api.db;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stops PostgreSQL under load for 10 s and starts it again. While it is down, readiness turns DOWN within 5 s, no
 * request waits more than 2 s, and every answer is a 503 problem or a representation held in memory, byte for byte the
 * one sent before. Once it is back, the service recovers by itself within 10 s and answers every request again.
 *
 * <p>
 * And the log tells the outage once, not once per request: from the stop until 3 s after the recovery at most
 * {@value #MAX_LOG_LINES} lines (stack traces counted line by line) whatever the load, among them the line that the
 * database became unreachable, a summary (every 4 s here), and the line that it is reachable again; the counter of
 * 503s by cause at /q/metrics grew by exactly the 503s the clients got.
 *
 * <p>
 * It stops the test run's embedded server, so it runs in a surefire execution of its own, after all other tests (see
 * the pom), and starts the server again whatever happens.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Unlimited.class)
class DatabaseOutageTest {

    /** The load comes from one address, faster than the default rate limit allows on a fast machine. */
    public static class Unlimited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A summary every 4 s, so that a 10-second outage has some. CSVs held in memory up to the production
            // bound (the test profile's is lower, to stream the bundled data): the consistency CSV is one of HELD.
            return Map.of("app.rate-limit.enabled", "false", "app.log.outage-summary-interval", "4s",
                    "app.stream.cached-csv-rows", "5000");
        }
    }

    private static final Logger ROOT = Logger.getLogger("");
    private static final int CLIENTS = 4;
    private static final long MAX_ANSWER_MILLIS = 2_000;
    private static final long OUTAGE_MILLIS = 10_000;
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_LOG_LINES = 20;
    /** The logger of the outage's own lines. */
    private static final String OUTAGE_LOGGER = "kr.civicdata.api.web.problem.DatabaseOutage";
    /** Answers the service holds in memory once asked for: served during the outage, unchanged. */
    private static final List<String> HELD = List.of("/api/v1/governments", "/api/v1/governments/seoul",
            "/api/v1/pledges?size=5", "/api/v1/consistency?format=csv");

    @TestHTTPResource("/")
    URL base;

    /** One answer seen by a client; {@code database} when its URL is new and must be read from the database. */
    record Sample(long start, long end, String url, boolean database, int status, String contentType,
            String retryAfter, byte[] body, String error) {

        long millis() {
            return (end - start) / 1_000_000;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, Integer> readiness = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong unique = new AtomicLong();
    /** Every record logged from just before the stop to the end, from any logger, at the levels configured. */
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Test
    void should_answer_fast_during_an_outage_and_recover_by_itself() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresTestResource.server();
        Assumptions.assumeTrue(server != null, "an external database: only the embedded server can be stopped");
        Map<String, byte[]> held = new TreeMap<>();
        for (String url : HELD) {
            // Before the outage, nothing is timed: the first answers of a fresh JVM on a busy machine may take long.
            Sample first = get(url, false, SETUP_TIMEOUT);
            assertEquals(200, first.status(), () -> url + " " + first.error());
            held.put(url, first.body());
        }
        assertEquals(200, get("/q/health/ready", false, SETUP_TIMEOUT).status());
        String metricsBefore = metrics();
        for (String cause : List.of("database-unreachable", "statement-timeout", "database-busy", "busy")) {
            assertTrue(metricsBefore.contains("app_http_unavailable_total{cause=\"" + cause + "\"} 0.0"),
                    "no series of 503s at 0 for the cause " + cause + " before the first 503");
        }
        double unavailableBefore = unavailableCount();
        double outagesBefore = metric("app_database_outages_total");

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        long t0;
        long restart;
        long restarted;
        try {
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                pool.submit(() -> load(client));
            }
            pool.submit(this::pollReadiness);
            Thread.sleep(1_500);

            ROOT.addHandler(capture);
            t0 = System.nanoTime();
            server.stop();
            waitFor(() -> firstReadiness(t0, 503) > 0, t0, 8_000);
            Thread.sleep(Math.max(0, OUTAGE_MILLIS - ms(System.nanoTime(), t0))); // load goes on, the server stopped

            restart = System.nanoTime();
            server.restart();
            restarted = System.nanoTime();
            waitFor(() -> firstReadiness(restart, 200) > 0 && firstDatabaseAnswer(restart) > 0, restart, 15_000);
            Thread.sleep(3_000); // and after the recovery
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(20, TimeUnit.SECONDS);
            ROOT.removeHandler(capture);
            server.restart(); // does nothing if it runs; the other tests of a run need it
        }
        double unavailableCounted = unavailableCount() - unavailableBefore;
        double outagesCounted = metric("app_database_outages_total") - outagesBefore;

        long first503 = samples.stream().filter(s -> s.start() >= t0 && s.status() == 503).mapToLong(Sample::end)
                .min().orElse(-1);
        long down = firstReadiness(t0, 503);
        long up = firstReadiness(restart, 200);
        long firstDatabase200 = firstDatabaseAnswer(restart);
        System.out.printf("%nDatabase outage timeline (ms after PostgreSQL was told to stop):%n");
        System.out.printf("  stop at                  %6d%n", 0);
        System.out.printf("  first 503 at             %6d%n", ms(first503, t0));
        System.out.printf("  readiness DOWN at        %6d%n", ms(down, t0));
        System.out.printf("  restart at               %6d (PostgreSQL accepting connections at %d)%n",
                ms(restart, t0), ms(restarted, t0));
        System.out.printf("  readiness UP at          %6d (%d after the restart)%n", ms(up, t0), ms(up, restart));
        System.out.printf("  first 200 from the DB at %6d (%d after the restart)%n", ms(firstDatabase200, t0),
                ms(firstDatabase200, restart));
        Map<String, Integer> byStatus = new TreeMap<>();
        synchronized (samples) {
            samples.forEach(s -> byStatus.merge((s.database() ? "database " : "held ") + s.status(), 1,
                    Integer::sum));
        }
        System.out.printf("  %d answers: %s; slowest %d ms%n", samples.size(), byStatus,
                samples.stream().mapToLong(Sample::millis).max().orElse(0));
        long clients503 = samples.stream().filter(s -> s.status() == 503).count();
        int lines = logged.stream().mapToInt(DatabaseOutageTest::lines).sum();
        System.out.printf("  %d log lines (%d records) from the stop to the end; 503s counted %.0f, seen %d%n", lines,
                logged.size(), unavailableCounted, clients503);
        logged.stream().limit(60).forEach(r -> System.out.println("    " + describe(r)));

        assertTrue(down > 0 && ms(down, t0) <= 5_000, "readiness DOWN " + ms(down, t0) + " ms after the stop");
        assertTrue(first503 > 0, "no request answered 503 while the database was down");
        assertTrue(samples.stream().anyMatch(s -> s.start() >= t0 && s.url().startsWith("/api/v1/pledges?q=outage")
                && s.status() == 503), "no pledge search answered 503 while the database was down");
        assertTrue(up > 0 && ms(up, restart) <= 10_000, "readiness UP " + ms(up, restart) + " ms after the restart");
        assertTrue(firstDatabase200 > 0 && ms(firstDatabase200, restart) <= 10_000,
                "first answer from the database " + ms(firstDatabase200, restart) + " ms after the restart");
        long recovered = Math.max(up, firstDatabase200);
        List<String> wrong = new ArrayList<>();
        synchronized (samples) {
            for (Sample sample : samples) {
                String problem = check(sample, held, recovered);
                if (problem != null) {
                    wrong.add(ms(sample.start(), t0) + " ms " + sample.url() + ": " + problem);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answer(s):\n"
                + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        assertTrue(samples.stream().filter(s -> s.start() > recovered).count() > 20, "too little load after recovery");

        assertAll("what the log and the metrics say of the outage",
                () -> assertTrue(lines <= MAX_LOG_LINES,
                        lines + " log lines for one outage, more than " + MAX_LOG_LINES),
                () -> assertTrue(logged.stream().anyMatch(r -> r.getLoggerName().equals(OUTAGE_LOGGER)
                        && r.getLevel().intValue() >= Level.WARNING.intValue()
                        && message(r).contains("unreachable")), "no line that the database became unreachable"),
                () -> assertTrue(logged.stream().anyMatch(r -> r.getLoggerName().equals(OUTAGE_LOGGER)
                        && message(r).contains("still unreachable")), "no summary while the database was down"),
                () -> assertTrue(logged.stream().anyMatch(r -> r.getLoggerName().equals(OUTAGE_LOGGER)
                        && message(r).contains("reachable again")), "no line that the database is back"),
                () -> assertEquals(clients503, (long) unavailableCounted,
                        "the 503s counted at /q/metrics (app_http_unavailable_total) against those the clients got"),
                () -> assertEquals(1, (long) outagesCounted, "outages counted (app_database_outages_total)"),
                () -> assertEquals(1.0, metric("app_database_reachable"), "app_database_reachable after recovery"));
    }

    /** The 503s counted so far, all causes, as /q/metrics exports them. */
    private double unavailableCount() {
        return metrics().lines().filter(line -> line.startsWith("app_http_unavailable_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** The value of a metric without tags, or NaN when /q/metrics has none. */
    private double metric(String name) {
        return metrics().lines().filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElse(Double.NaN);
    }

    private String metrics() {
        return new String(get("/q/metrics", false).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The lines a record takes in a console log: its message, and its stack trace if it has one. */
    private static int lines(LogRecord record) {
        int lines = (int) message(record).lines().count();
        if (record.getThrown() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
            lines += (int) trace.toString().lines().count();
        }
        return Math.max(1, lines);
    }

    private static String message(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage());
    }

    private static String describe(LogRecord record) {
        return record.getLevel() + " [" + record.getLoggerName() + "] " + message(record)
                + (record.getThrown() == null ? "" : " (+ stack trace of " + record.getThrown() + ")");
    }

    /** Why an answer is wrong, or null. */
    private static String check(Sample sample, Map<String, byte[]> held, long recovered) {
        if (sample.error() != null) {
            return "no answer: " + sample.error();
        }
        if (sample.millis() > MAX_ANSWER_MILLIS) {
            return "answered after " + sample.millis() + " ms";
        }
        if (sample.start() > recovered && sample.status() != 200) {
            return "status " + sample.status() + " after the recovery";
        }
        if (sample.status() == 200) {
            return sample.database() || Arrays.equals(held.get(sample.url()), sample.body())
                    ? null
                    : "a held representation changed";
        }
        if (sample.status() != 503) {
            return "status " + sample.status();
        }
        if (!"application/problem+json".equals(sample.contentType()) || sample.retryAfter() == null
                || !new String(sample.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"status\":503")) {
            return "a 503 that is not a problem with Retry-After";
        }
        return null;
    }

    /**
     * One client: a held representation, then one the database must answer, again and again. The new ones alternate
     * between a collection read through Hibernate and the pledge search, which runs its own SQL.
     */
    private void load(int client) {
        for (int n = 0; running.get(); n++) {
            String held = HELD.get((n + client) % HELD.size());
            samples.add(get(held, false));
            String collection = n % 2 == 0 ? "/api/v1/governments" : "/api/v1/pledges";
            samples.add(get(collection + "?q=outage" + unique.incrementAndGet(), true));
        }
    }

    private void pollReadiness() {
        while (running.get()) {
            Sample health = get("/q/health/ready", false);
            readiness.put(health.end(), health.status());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Sample get(String url, boolean database) {
        return get(url, database, Duration.ofSeconds(5));
    }

    private Sample get(String url, boolean database, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + url.substring(1)))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(start, System.nanoTime(), url, database, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(), null);
        } catch (Exception e) {
            return new Sample(start, System.nanoTime(), url, database, 0, null, null, new byte[0], e.toString());
        }
    }

    /** When readiness first answered the status after the given time, or -1. */
    private long firstReadiness(long after, int status) {
        return readiness.entrySet().stream().filter(e -> e.getKey() > after && e.getValue() == status)
                .mapToLong(Map.Entry::getKey).min().orElse(-1);
    }

    /** When a URL new to the service first got a 200 from a request sent after the given time, or -1. */
    private long firstDatabaseAnswer(long after) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.database() && s.status() == 200 && s.start() > after)
                    .mapToLong(Sample::end).min().orElse(-1);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long since, long maxMillis)
            throws InterruptedException {
        while (!condition.getAsBoolean() && ms(System.nanoTime(), since) < maxMillis) {
            Thread.sleep(50);
        }
    }

    private static long ms(long time, long origin) {
        return time < 0 ? -1 : (time - origin) / 1_000_000;
    }
}
