package kr.civicdata.api.web.representation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.civicdata.api.db.StatementCount;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Concurrent requests for a representation not built yet run its queries once. */
@QuarkusTest
class RepresentationCacheTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void should_run_the_queries_once_for_concurrent_requests_of_a_new_representation() throws Exception {
        given().get("/api/v1/pledges?size=2").then().statusCode(200);
        String url = "/api/v1/pledges?size=70&sort=-total&area=1";
        long alone = StatementCount.during(() -> given().get(url.replace("area=1", "area=2")).then().statusCode(200));
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            long together = StatementCount.during(() -> {
                for (int i = 0; i < clients; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().get(url).statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    try {
                        assertEquals(200, answer.get());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            assertEquals(alone, together, clients + " concurrent requests ran the queries more than once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_give_every_waiting_request_the_same_problem_when_the_build_fails() throws Exception {
        String url = "/api/v1/pledges?size=10&page=90&sort=-title";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().get(url).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(400, answer.get());
            }
            given().get(url).then().statusCode(400);
        } finally {
            pool.shutdownNow();
        }
    }
}
