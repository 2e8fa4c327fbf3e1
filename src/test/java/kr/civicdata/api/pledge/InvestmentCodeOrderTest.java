package kr.civicdata.api.pledge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.civicdata.api.db.OwnerDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default order of /api/v1/investments walks investment.code_sort (migration V8), a copy of its pledge's code
 * order kept by triggers: it must never differ from the pledge's, whoever writes the rows. Each change is made as the
 * owner in a transaction rolled back.
 */
@QuarkusTest
class InvestmentCodeOrderTest {

    private static final String DIFFERING = "SELECT count(*) FROM investment i JOIN pledge p ON p.id = i.pledge_id "
            + "WHERE i.code_sort IS DISTINCT FROM p.code_sort";

    @Inject
    OwnerDatabase owner;

    @Test
    void should_hold_the_pledge_code_order_of_every_loaded_investment() throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            assertTrue(count(statement, "SELECT count(*) FROM investment") > 0, "no investments loaded");
            assertEquals(0, count(statement, DIFFERING));
        }
    }

    @Test
    void should_take_the_pledge_code_order_whatever_a_writer_gives() throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("INSERT INTO investment (id, pledge_id, period, from_year, to_year, status, unit, "
                        + "code_sort) SELECT 'test-investment', id, '2099', 2099, 2099, 'NONE', '백만원', '{9,9,9}' FROM pledge "
                        + "WHERE id = 'gwangju-seo:3-3-4'");
                assertEquals("{3,3,4}",
                        text(statement, "SELECT code_sort FROM investment WHERE id = 'test-investment'"));
                statement.execute("UPDATE investment SET code_sort = '{1}' WHERE id = 'test-investment'");
                assertEquals("{3,3,4}",
                        text(statement, "SELECT code_sort FROM investment WHERE id = 'test-investment'"));
                assertEquals(0, count(statement, DIFFERING));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void should_follow_a_pledge_whose_code_changes() throws SQLException {
        try (Connection connection = owner.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                long investments = count(statement,
                        "SELECT count(*) FROM investment WHERE pledge_id = 'gwangju-seo:3-3-4'");
                assertTrue(investments > 0, "the pledge has no investments to follow it");
                statement.execute("UPDATE pledge SET code = '3-3-40' WHERE id = 'gwangju-seo:3-3-4'");
                assertEquals(investments, count(statement, "SELECT count(*) FROM investment "
                        + "WHERE pledge_id = 'gwangju-seo:3-3-4' AND code_sort = '{3,3,40}'"));
                assertEquals(0, count(statement, DIFFERING));
            } finally {
                connection.rollback();
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
