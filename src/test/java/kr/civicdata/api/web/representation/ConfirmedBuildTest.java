package kr.civicdata.api.web.representation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.catalog.DatasetRepository;
import kr.civicdata.api.db.ConfirmedReads;
import kr.civicdata.api.db.SqlReads;
import kr.civicdata.api.db.StatementCount;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds without a transaction ({@link DataVersion#buildConfirmed}): a never-asked page of /pledges or /investments
 * runs its statements on their own, with no JTA transaction (counted by the transactions Quarkus begins, observed as
 * the CDI events of their scope); what cannot prove its data version there fails loudly, or runs in a snapshot
 * transaction of its own. That rows of another version are noticed there: {@code DataChangedElsewhereTest}.
 */
@QuarkusTest
class ConfirmedBuildTest {

    /** Counts the JTA transactions begun in this process, whoever begins them. */
    @ApplicationScoped
    static class Transactions {

        private static final AtomicLong BEGUN = new AtomicLong();

        void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
            BEGUN.incrementAndGet();
        }

        static long during(Runnable work) {
            long before = BEGUN.get();
            work.run();
            return BEGUN.get() - before;
        }
    }

    /** A title no pledge has: 없는말, URL-encoded. */
    private static final String NOWHERE = "%EC%97%86%EB%8A%94%EB%A7%90";

    @Inject
    DataVersion dataVersion;

    @Inject
    SqlReads sql;

    @Inject
    DatasetRepository datasets;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Runnable get(String path) {
        return () -> given().get(path).then().statusCode(200);
    }

    @Test
    void should_build_a_never_asked_page_of_pledges_or_investments_without_a_transaction() {
        get("/api/v1/pledges?size=2").run(); // the generation's provenance catalog, read once
        String[] pages = {"/api/v1/investments?area=2&sort=-amount&size=3", "/api/v1/pledges?area=2&sort=-title&size=3",
                "/api/v1/investments?area=3&sort=-period&size=99", "/api/v1/pledges?area=4&depth=2&format=csv",
                "/api/v1/pledges?area=5&q=" + NOWHERE + "&size=5",
                "/api/v1/investments?area=5&q=" + NOWHERE + "&size=5"};
        // Each: the page (investments, and a page of pledges that does not tell its total), the count (pledges), the
        // investments of the pledges; and not one transaction, also for an empty page, which reads no row: the
        // pledges' count shows it empty in the build's version, the investments' statement answers a row all the same.
        long[] statements = {1, 3, 1, 2, 2, 1};
        for (int i = 0; i < pages.length; i++) {
            String page = pages[i];
            long[] counted = new long[1];
            assertEquals(0, Transactions.during(() -> counted[0] = StatementCount.during(get(page))),
                    page + " began a transaction");
            assertEquals(statements[i], counted[0], page);
        }
        // A collection read through Panache still runs in its snapshot transaction: the count sees transactions.
        assertEquals(1, Transactions.during(get("/api/v1/governments?sort=-name&size=7")));
    }

    @Test
    void should_read_the_catalog_of_a_new_generation_in_a_snapshot_transaction_of_its_own() {
        dataVersion.stale(dataVersion.current(), "A test's new generation");
        long[] counted = new long[1];
        assertEquals(1, Transactions.during(
                () -> counted[0] = StatementCount.during(get("/api/v1/investments?area=4&sort=period&size=2"))));
        assertEquals(2, counted[0], "the page, and the catalog's one query");
    }

    @Test
    void should_run_each_statement_of_a_build_without_a_transaction_in_a_transaction_of_its_own() {
        DataVersion.Snapshot data = dataVersion.current();
        // now() is when the transaction began: the same for two statements of one transaction.
        String began = "select now()::text, " + SqlReads.SAME_DATA + " from pg_sleep(0.01)";
        List<String> times = dataVersion.buildConfirmed(data, () -> sql.read(statements -> {
            List<String> read = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement statement = statements.prepare(began, dataVersion.readingParameters());
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    dataVersion.confirm(result.getBoolean(2));
                    read.add(result.getString(1));
                }
            }
            return read;
        }));
        assertNotEquals(times.get(0), times.get(1), "two statements in one transaction");
    }

    @Test
    void should_refuse_a_hibernate_read_in_a_build_without_a_transaction() {
        ConfirmedReads.Refused refused = assertThrows(ConfirmedReads.Refused.class,
                () -> dataVersion.buildConfirmed(dataVersion.current(), () -> datasets.listAll()));
        assertTrue(refused.getMessage().contains("Hibernate"), refused.getMessage());
    }

    @Test
    void should_refuse_a_statement_without_its_data_version_in_a_build_without_a_transaction() {
        assertThrows(ConfirmedReads.Refused.class, () -> dataVersion.buildConfirmed(dataVersion.current(),
                () -> sql.read(statements -> {
                    try (PreparedStatement statement = statements.prepare("select count(*) from pledge", List.of());
                            ResultSet result = statement.executeQuery()) {
                        return result.next();
                    }
                })));
    }

    @Test
    void should_run_a_build_within_a_build_without_a_transaction_in_a_snapshot_transaction_of_its_own() {
        DataVersion.Snapshot data = dataVersion.current();
        String[] isolation = new String[1];
        long begun = Transactions.during(() -> dataVersion.buildConfirmed(data, () -> dataVersion.build(data, () -> {
            isolation[0] = sql.read(statements -> {
                try (PreparedStatement statement = statements.prepare("show transaction_isolation", List.of());
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            });
            return datasets.listAll().size();
        })));
        assertEquals(1, begun);
        assertEquals("repeatable read", isolation[0]);
    }

    @Test
    void should_build_again_in_a_snapshot_transaction_when_a_statement_proves_nothing() {
        DataVersion.Snapshot data = dataVersion.current();
        AtomicInteger runs = new AtomicInteger();
        // No row: nothing tells which version the statement read.
        String none = "select 1, " + SqlReads.SAME_DATA + " from pledge where false";
        long begun = Transactions.during(() -> dataVersion.buildConfirmed(data, () -> {
            runs.incrementAndGet();
            return sql.read(statements -> {
                try (PreparedStatement statement = statements.prepare(none, dataVersion.readingParameters());
                        ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        dataVersion.confirm(result.getBoolean(2));
                    }
                    return null;
                }
            });
        }));
        assertEquals(2, runs.get(), "built once without a transaction, then in one");
        assertEquals(1, begun);
    }
}
