package kr.civicdata.api.db;

import static io.restassured.RestAssured.given;

/**
 * Counts the database connections taken from the pool while a request is answered, read from the service's own
 * Prometheus metrics. Outside a transaction Hibernate takes a connection for each statement, so the count is the
 * number of statements: the same count for a page of 1 row as for a page of 62 proves there is no N+1.
 */
public final class ConnectionCount {

    private ConnectionCount() {
    }

    /** Connections taken while {@code request} runs. */
    public static long during(Runnable request) {
        long before = acquisitions();
        request.run();
        return acquisitions() - before;
    }

    private static long acquisitions() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("agroal_acquire_count_total{"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
