package kr.civicdata.api.web.problem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client's mistake is answered, never logged as a warning: a crawler asking for ids that do not exist, or a script
 * with a bad parameter, would otherwise fill the log at one line per request and hide what needs a person. An
 * unexpected failure is logged, once per cause and minute, with its stack trace.
 */
@QuarkusTest
class ErrorLogTest {

    private static final Logger ROOT = Logger.getLogger("");

    /** Every record at WARN or above, from any logger, while a test runs. */
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc(); // as an asynchronous handler would: the MDC is the logging thread's
                }
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void listen() {
        ROOT.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        ROOT.removeHandler(capture);
    }

    @ParameterizedTest
    @CsvSource({
            "404, /api/v1/governments/nowhere",
            "404, /api/v1/pledges/gwangju-seo:9-9",
            "404, /api/v1/execution-results/no-such-line",
            "404, /api/v1/no-such-collection",
            "400, /api/v1/pledges?size=5000",
            "400, /api/v1/pledges?size=10&page=900",
            "400, /api/v1/governments/seoul?format=csv",
            "400, /api/v1/governments?unknown=1",
            "405, /api/v1/governments/seoul?method=DELETE",
    })
    void should_log_nothing_at_warn_or_above_for_a_clients_mistake(int status, String url) {
        String method = url.endsWith("?method=DELETE") ? "DELETE" : "GET";
        String target = url.replace("?method=DELETE", "");
        for (int i = 0; i < 2; i++) { // the second time too: a cached failure must not log later either
            given().request(method, target).then().statusCode(status).contentType(Problem.MEDIA_TYPE);
        }
        assertEquals(List.of(), describe(warnings), "logged at WARN or above for a client's mistake");
    }

    /**
     * Three times the same failure: logged once, at ERROR, with its stack trace and the request's path and status in
     * the MDC, which the JSON log (quarkus-logging-json's formatter, as QUARKUS_LOG_CONSOLE_JSON_ENABLED=true uses it)
     * writes as fields of the line. Its repeats are counted, and told when its minute is over (ThrottleTest).
     */
    @Test
    void should_log_an_unexpected_failure_once_with_its_stack_trace_path_and_status() {
        for (int i = 0; i < 3; i++) {
            given().get(FailingResource.PATH).then().statusCode(500).contentType(Problem.MEDIA_TYPE);
        }
        assertEquals(1, warnings.size(), "one record for one cause: " + describe(warnings));
        LogRecord record = warnings.get(0);
        assertTrue(record.getLevel().intValue() > Level.WARNING.intValue(), "logged at " + record.getLevel());
        assertNotNull(record.getThrown(), "logged without its stack trace");
        assertEquals(FailingResource.MESSAGE, record.getThrown().getMessage());
        ExtLogRecord ext = (ExtLogRecord) record;
        assertEquals(FailingResource.PATH, ext.getMdc(FailureLog.PATH));
        assertEquals("500", ext.getMdc(FailureLog.STATUS));

        String json = new JsonFormatter(null, Set.of(), Map.of()).format(ext);
        assertEquals(1, json.strip().lines().count(), "a JSON record on more than one line: " + json);
        assertTrue(json.contains("\"path\":\"" + FailingResource.PATH + "\"") && json.contains("\"status\":\"500\""),
                "no path and status in the JSON line: " + json);
    }

    private static List<String> describe(List<LogRecord> records) {
        return records.stream()
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                        + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"))
                .toList();
    }
}
