package kr.civicdata.api.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import kr.civicdata.api.db.OwnerDatabase;
import kr.civicdata.api.web.representation.DataVersion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This service as a replica whose data another process changes, as deploy/k8s runs it: the service answers (and
 * caches, provenance included), then a third connection commits a change in one transaction as a load does (a
 * dataset's source_section corrected, a new dataset with one pledge moved to it, data_load's version and loaded_at
 * bumped), and the service learns of it only through its data-version poll ({@link DataVersion#refresh()}), never
 * through an event of its own. Two services on one database, with the packaged jar: {@code .ci/external-db-test.sh}.
 */
@QuarkusTest
class DataChangedElsewhereTest {

    private static final String DATASET = "gwangju-seo-pledge-plan";
    private static final String NEW_DATASET = "gwangju-seo-pledge-plan-5";
    /** A pledge of the corrected dataset, and the pledge moved to the new one. */
    private static final String KEPT = "/api/v1/pledges/gwangju-seo:1-1";
    private static final String MOVED = "/api/v1/pledges/gwangju-seo:5-1";
    /** Answers that carry the provenance of many rows, or are computed from whole tables. */
    private static final List<String> ANSWERS = List.of(KEPT, MOVED, "/api/v1/pledges?size=100",
            "/api/v1/pledges?format=csv", "/api/v1/consistency", "/api/v1/consistency/summary",
            "/api/v1/investments/summary", "/api/v1/investments?size=100", "/api/v1/datasets",
            "/api/v1/datasets/" + DATASET);
    /** An answer the change does not touch. */
    private static final String UNTOUCHED = "/api/v1/governments";

    @Inject
    OwnerDatabase owner;

    @Inject
    DataVersion dataVersion;

    private String version;
    private Timestamp loadedAt;
    private String section;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void remember() throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT version, loaded_at FROM data_load")) {
                rs.next();
                version = rs.getString(1);
                loadedAt = rs.getTimestamp(2);
            }
            try (ResultSet rs = statement.executeQuery("SELECT source_section FROM dataset WHERE id = '" + DATASET
                    + "'")) {
                rs.next();
                section = rs.getString(1);
            }
        }
    }

    /** The bundled data back, as the other tests expect it, and seen by the service. */
    @AfterEach
    void restore() throws SQLException {
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement
                        .executeUpdate("UPDATE pledge SET dataset_id = '" + DATASET + "' WHERE id = 'gwangju-seo:5-1'");
                statement.executeUpdate("DELETE FROM dataset WHERE id = '" + NEW_DATASET + "'");
            }
            try (var statement = connection.prepareStatement(
                    "UPDATE dataset SET source_section = ? WHERE id = '" + DATASET + "'")) {
                statement.setString(1, section);
                statement.executeUpdate();
            }
            try (var statement = connection.prepareStatement("UPDATE data_load SET version = ?, loaded_at = ?")) {
                statement.setString(1, version);
                statement.setTimestamp(2, loadedAt);
                statement.executeUpdate();
            }
            connection.commit();
        }
        dataVersion.refresh();
        dataVersion.refresh();
    }

    /** What another process commits, in one transaction, as a load does. */
    private void commitChange() throws SQLException {
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE dataset SET source_section = source_section || ' (정정)' WHERE id = '"
                        + DATASET + "'");
                statement.executeUpdate("""
                        INSERT INTO dataset (id, government_id, title, source_document, source_section, publisher,
                                period_text, unit, unit_label, description)
                            SELECT '%s', government_id, title || ' (5)', source_document, source_section || ' > 5',
                                publisher, period_text, unit, unit_label, 'Strategy area 5, apart.'
                            FROM dataset WHERE id = '%s'""".formatted(NEW_DATASET, DATASET));
                statement.executeUpdate("UPDATE pledge SET dataset_id = '" + NEW_DATASET
                        + "' WHERE id = 'gwangju-seo:5-1'");
                statement.executeUpdate("UPDATE data_load SET version = md5(version), "
                        + "loaded_at = loaded_at + interval '1 second'");
            }
            connection.commit();
        }
    }

    /**
     * Another correction of the dataset's provenance, committed as a load does, once the new dataset exists
     * ({@link #commitChange()}).
     */
    private void commitCorrection() throws SQLException {
        try (Connection connection = owner.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE dataset SET source_section = source_section || ' (정정)' WHERE id IN ('"
                        + DATASET + "', '" + NEW_DATASET + "')");
                statement.executeUpdate("UPDATE data_load SET version = md5(version), "
                        + "loaded_at = loaded_at + interval '1 second'");
            }
            connection.commit();
        }
    }

    /** An answer as a client sees it: status, the headers that tell its version, and the whole body. */
    private record Whole(int status, String etag, String lastModified, String totalCount, String link, byte[] body) {

        static Whole of(String path) {
            Response response = given().get(path);
            return new Whole(response.statusCode(), response.header("ETag"), response.header("Last-Modified"),
                    response.header("X-Total-Count"), response.header("Link"), response.asByteArray());
        }

        /** What differs from {@code other}, or null when nothing does. */
        String differences(Whole other) {
            List<String> differences = new ArrayList<>();
            if (status != other.status) {
                differences.add("status " + status + " (rebuilt " + other.status + ")");
            }
            if (!Objects.equals(etag, other.etag)) {
                differences.add("ETag " + etag + " (rebuilt " + other.etag + ")");
            }
            if (!Objects.equals(lastModified, other.lastModified)) {
                differences.add("Last-Modified " + lastModified + " (rebuilt " + other.lastModified + ")");
            }
            if (!Objects.equals(totalCount, other.totalCount) || !Objects.equals(link, other.link)) {
                differences.add("X-Total-Count or Link");
            }
            if (!Arrays.equals(body, other.body)) {
                differences.add("body");
            }
            return differences.isEmpty() ? null : String.join(", ", differences);
        }
    }

    /** Each answer by path: status, ETag and body. */
    private static Map<String, String> answers(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Response response = given().get(path);
            answers.put(path, response.statusCode() + " " + response.header("ETag") + " " + response.asString());
        }
        return answers;
    }

    private static String provenance(String path, String field) {
        return given().get(path).then().statusCode(200).extract().path("provenance." + field);
    }

    @Test
    void should_serve_the_new_data_with_its_own_provenance_after_the_poll_that_sees_it() throws SQLException {
        Map<String, String> before = answers(ANSWERS);
        answers(ANSWERS); // the second time from the cache
        String untouched = given().get(UNTOUCHED).header("ETag");
        assertEquals(section, provenance(KEPT, "sourceSection"));

        commitChange();
        dataVersion.refresh();

        Map<String, String> after = answers(ANSWERS);
        after.forEach((path, answer) -> assertTrue(answer.startsWith("200 "), path + " answered " + answer));
        assertEquals(section + " (정정)", provenance(KEPT, "sourceSection"));
        assertEquals(NEW_DATASET, provenance(MOVED, "datasetId"));
        assertEquals(section + " (정정) > 5", provenance(MOVED, "sourceSection"));
        for (String path : ANSWERS) {
            assertNotEquals(before.get(path), after.get(path), path + " is still the answer of the old data");
        }
        // Answers built now, after the poll, and answers cached since: the same bytes and ETags.
        assertEquals(after, answers(ANSWERS));
        // The poll after a change begins another generation, which builds the same answers again.
        dataVersion.refresh();
        assertEquals(after, answers(ANSWERS));
        assertEquals(untouched, given().get(UNTOUCHED).header("ETag"), "an answer the change left alone changed");
    }

    @Test
    void should_read_the_catalog_again_rather_than_fail_when_a_row_names_a_dataset_it_does_not_know()
            throws SQLException {
        given().get(KEPT).then().statusCode(200);
        DataVersion.Snapshot generation = dataVersion.current();

        // Committed, not yet polled: the first answer built now finds the moved pledge's dataset missing from the
        // catalog of the generation it began under.
        commitChange();
        assertEquals(NEW_DATASET, provenance(MOVED, "datasetId"));
        assertNotSame(generation, dataVersion.current(), "the miss did not begin a new generation");
        assertEquals(section + " (정정)", provenance(KEPT, "sourceSection"));
        given().get("/api/v1/consistency").then().statusCode(200);
        given().get("/api/v1/investments/summary").then().statusCode(200);
    }

    /**
     * The window between another process's commit and this replica's next poll, for an answer not built before: its
     * rows are read after the commit, and must not be answered (or cached, or dated) as the generation the request
     * began under, whose catalog still holds the old provenance. The rows' statement reads data_load's version with
     * them ({@link DataVersion#confirm}), so the build is done again under a generation of the new version.
     */
    @Test
    void should_build_a_first_answer_read_after_a_load_elsewhere_under_the_new_version_before_the_poll()
            throws SQLException {
        Response cached = given().get("/api/v1/investments?size=3");
        cached.then().statusCode(200).body("data[0].provenance.sourceSection", equalTo(section));
        DataVersion.Snapshot generation = dataVersion.current();

        commitChange(); // by another connection; no poll follows
        String neverAsked = "/api/v1/investments?area=1&sort=-amount&size=7";
        Response fresh = given().get(neverAsked);

        fresh.then().statusCode(200);
        assertEquals(section + " (정정)", fresh.path("data[0].provenance.sourceSection"),
                "rows read after the load answered with the catalog of the generation before it");
        assertNotEquals(cached.header("Last-Modified"), fresh.header("Last-Modified"),
                "an answer of the new data dated as the old");
        assertNotSame(generation, dataVersion.current(), "the rows of a new version began no new generation");
        // Kept under the new generation: asked again, the same bytes, also after the poll that sees the change.
        assertEquals(fresh.asString(), given().get(neverAsked).asString());
        dataVersion.refresh();
        assertEquals(fresh.asString(), given().get(neverAsked).asString());
    }

    /**
     * The same window for never-asked pages of /pledges and /investments, which are built without a transaction
     * ({@link DataVersion#buildConfirmed}): no snapshot read data_load first, so only each statement's own data check
     * can tell that its rows are of the new version. Unnoticed, they would be answered with the catalog of the old
     * generation (its provenance) and dated as the old version.
     */
    @Test
    void should_notice_rows_of_a_load_elsewhere_in_a_page_built_without_a_transaction() throws SQLException {
        List<String> pages = List.of("/api/v1/pledges?area=1&sort=-total&size=9",
                "/api/v1/investments?area=1&depth=2&sort=amount&size=11", "/api/v1/pledges?area=1&format=csv&depth=2");
        for (int round = 0; round < pages.size(); round++) {
            String page = pages.get(round);
            // The generation's catalog, read before the commit, by an answer not among those asked below.
            Response before = given().get(KEPT + "?fields=id,provenance");
            before.then().statusCode(200);
            DataVersion.Snapshot generation = dataVersion.current();
            if (round == 0) {
                commitChange(); // by another connection; no poll follows
            } else {
                commitCorrection();
            }
            String committed;
            try (Connection connection = owner.open();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT source_section FROM dataset WHERE id = '" + DATASET
                            + "'")) {
                rs.next();
                committed = rs.getString(1);
            }

            Response fresh = given().get(page);

            fresh.then().statusCode(200);
            String provenance = page.contains("format=csv")
                    ? fresh.asString().lines().skip(1).findFirst().orElseThrow()
                    : fresh.path("data[0].provenance.sourceSection");
            assertTrue(provenance.contains(committed),
                    page + ": rows read after the load answered with the catalog of the generation before it: "
                            + provenance);
            assertNotEquals(before.header("Last-Modified"), fresh.header("Last-Modified"),
                    page + ": an answer of the new data dated as the old");
            assertNotSame(generation, dataVersion.current(), page + ": the rows of a new version began no generation");
            dataVersion.refresh();
            dataVersion.refresh();
            assertEquals(fresh.asString(), given().get(page).asString(), page);
        }
    }

    /**
     * The same window for every other kind of answer: items, the computed answers, documents, the catalog. Each is
     * asked for the first time after another process's commit, before any poll (the test profile never polls), and
     * must be the answer a build after the poll gives: the new rows, their new provenance, the new ETag and
     * Last-Modified, no 5xx. Each in its own round: a commit after the generation's catalog was read, the first answer,
     * then the polls and the answer built again.
     */
    @Test
    void should_build_every_first_answer_read_after_a_load_elsewhere_entirely_from_the_new_data() throws SQLException {
        List<String> paths = new ArrayList<>(List.of(KEPT, MOVED, "/api/v1/pledges?area=1&size=5",
                "/api/v1/consistency?status=MISMATCH", "/api/v1/consistency/summary", "/api/v1/investments/summary",
                "/api/v1/execution-results", "/api/v1/execution-results?format=csv",
                "/api/v1/disaster-response-stages", "/api/v1/disaster-response-plans", "/api/v1/figures",
                "/api/v1/achievements", "/api/v1/governments", "/api/v1/governments/gwangju-seo", "/api/v1/datasets",
                "/api/v1/datasets/" + DATASET, "/api/v1/datasets/" + DATASET + "/package", "/api/v1/package",
                "/api/v1/catalog.jsonld", "/api/v1/search?q=%EA%B3%84"));
        for (String collection : List.of("/api/v1/execution-results", "/api/v1/disaster-response-stages",
                "/api/v1/disaster-response-plans", "/api/v1/figures", "/api/v1/achievements")) {
            paths.add(collection + "/" + given().get(collection + "?size=1").then().statusCode(200)
                    .extract().path("data[0].id"));
        }

        List<String> differing = new ArrayList<>();
        for (int round = 0; round < paths.size(); round++) {
            String path = paths.get(round);
            // The generation's catalog, read before the commit, by an answer not among those asked below.
            given().get(KEPT + "?fields=id,provenance").then().statusCode(200);
            if (round == 0) {
                commitChange(); // by another connection; no poll follows
            } else {
                commitCorrection();
            }
            Whole first = Whole.of(path);

            dataVersion.refresh();
            dataVersion.refresh(); // the poll that sees the change, and the one after it: nothing of before is kept
            Whole rebuilt = Whole.of(path);
            assertEquals(200, rebuilt.status(), path);
            String differences = first.differences(rebuilt);
            if (differences != null) {
                differing.add(path + ": " + differences);
            }
        }
        assertEquals(List.of(), differing,
                "answers first built between another process's load and the poll differ from the new data's");
        assertEquals(NEW_DATASET, provenance(MOVED, "datasetId"));
    }

    /**
     * A build whose snapshot holds a version loaded before its generation's, as on a PostgreSQL replica that has not
     * replayed the load the poll saw on another: not answered as the generation (a 503 to retry), and the generation
     * is kept, with its answers, until the poll reads what the database holds.
     */
    @Test
    void should_not_answer_from_a_snapshot_older_than_the_generation_nor_drop_it() throws SQLException {
        String cached = given().get(KEPT).then().statusCode(200).extract().asString();
        DataVersion.Snapshot generation = dataVersion.current();
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE data_load SET version = md5(version), loaded_at = loaded_at - interval '1 hour'");
        }

        given().get("/api/v1/governments/seoul").then().statusCode(503).header("Retry-After", "1");
        assertSame(generation, dataVersion.current(), "an older snapshot began a generation");
        assertEquals(cached, given().get(KEPT).then().statusCode(200).extract().asString());

        dataVersion.refresh();
        given().get("/api/v1/governments/seoul").then().statusCode(200);
        assertNotSame(generation, dataVersion.current());
    }
}
