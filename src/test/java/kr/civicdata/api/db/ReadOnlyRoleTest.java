package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Least privilege, as every test run has it: the role the service's own connection pool uses cannot write, while every
 * endpoint of the contract answers.
 */
@QuarkusTest
class ReadOnlyRoleTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO government (id, name, level, level_label, admin_code) "
                    + "VALUES ('test', 'test', 'BASIC', '기초', '99999')",
            "UPDATE government SET name = name || ' (test)'",
            "UPDATE data_load SET version = 'test'",
            "DELETE FROM investment",
            "TRUNCATE figure_relation",
            "CREATE TABLE intruder (id INTEGER)"})
    void should_refuse_a_write_through_the_service_connection(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Inside a transaction rolled back whatever happens: a write that wrongly succeeds harms no other test.
            connection.setAutoCommit(false);
            try {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void should_read_through_the_service_connection_as_another_role_than_the_owner() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT current_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'government'),
                               (SELECT count(*) FROM government)""")) {
            assertTrue(rs.next());
            assertNotEquals(rs.getString(2), rs.getString(1), "the service connects as the owner of the tables");
            assertEquals(4, rs.getInt(3));
        }
    }

    /** Every GET of the published document, so a new endpoint is covered without touching this test. */
    @Test
    void should_answer_200_on_every_endpoint_of_the_contract() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> checked = new ArrayList<>();
        int withParameters = 0;
        for (var path : paths.entrySet()) {
            if (!path.getValue().containsKey("get")) {
                continue;
            }
            String url = concrete(path.getKey()) + requiredQuery(path.getValue().get("get"));
            given().get(url).then().statusCode(200);
            checked.add(url);
            withParameters += url.equals(path.getKey()) ? 0 : 1;
        }
        assertFalse(checked.isEmpty(), "no GET operation in /q/openapi");
        assertTrue(withParameters > 0, "no path with a parameter was checked: " + checked);
    }

    /** The required query parameters of an operation (a search's term), with their examples: {@code ?q=침수}. */
    private static String requiredQuery(Object operation) {
        StringBuilder query = new StringBuilder();
        if (operation instanceof Map<?, ?> get && get.get("parameters") instanceof List<?> parameters) {
            for (Object parameter : parameters) {
                if (parameter instanceof Map<?, ?> p && "query".equals(p.get("in")) && Boolean.TRUE.equals(p.get(
                        "required"))) {
                    query.append(query.isEmpty() ? '?' : '&').append(p.get("name")).append('=')
                            .append(p.get("example")); // REST Assured encodes it
                }
            }
        }
        return query.toString();
    }

    /**
     * Replaces each path parameter by a real value: the same-named field, or else the id, of the first item of the
     * collection the path continues.
     */
    private static String concrete(String template) {
        String url = template;
        Matcher parameter = PATH_PARAMETER.matcher(url);
        while (parameter.find()) {
            String collection = url.substring(0, parameter.start() - 1);
            Map<String, Object> first = given().queryParam("size", 1).get(collection)
                    .then().statusCode(200).extract().jsonPath().getMap("data[0]");
            assertNotNull(first, collection + " is empty: no value for {" + parameter.group(1) + "}");
            Object value = first.getOrDefault(parameter.group(1), first.get("id"));
            assertNotNull(value, "no " + parameter.group(1) + " or id in the items of " + collection);
            url = url.substring(0, parameter.start()) + value + url.substring(parameter.end());
            parameter = PATH_PARAMETER.matcher(url);
        }
        return url;
    }
}
