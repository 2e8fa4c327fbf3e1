package kr.civicdata.api.db;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Gives every {@code @QuarkusTest} the same real PostgreSQL the packaged service uses: the embedded server, or the
 * external one when {@code QUARKUS_DATASOURCE_JDBC_URL} is set.
 */
@WithTestResource(value = EmbeddedPostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        return DatabaseBootstrap.startEmbeddedUnlessExternal().map(started -> {
            server = started;
            return DatabaseBootstrap.datasourceConfig(started);
        }).orElse(Map.of());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The embedded server of this test run, for the outage test that stops and restarts it; null when external. */
    public static EmbeddedPostgres server() {
        return server;
    }
}
