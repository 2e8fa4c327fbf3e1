package kr.civicdata.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kr.civicdata.api.catalog.DataLoader;
import kr.civicdata.api.db.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The exit status is what a Kubernetes Job or a compose dependency acts on. */
class MigrateCommandTest {

    private static MigrateCommand withLoader(DataLoader loader) {
        return with(loader, null);
    }

    private static MigrateCommand with(DataLoader loader, String schemaMismatch) {
        MigrateCommand command = new MigrateCommand();
        command.loader = loader;
        command.schema = new SchemaCheck() {
            @Override
            public String mismatch() {
                return schemaMismatch;
            }
        };
        return command;
    }

    /**
     * A loader that loads nothing: {@code load} says whether it loaded or throws. Anonymous, since a named subclass of
     * the bean would be a second bean in the test run.
     */
    private static DataLoader loader(Supplier<Boolean> load) {
        return new DataLoader() {
            @Override
            public String files() {
                return "the bundled data";
            }

            @Override
            public boolean loadIfChanged() {
                return load.get();
            }
        };
    }

    @Test
    void should_exit_0_when_the_data_is_loaded_or_already_there() {
        for (boolean loaded : new boolean[]{true, false}) {
            assertEquals(0, withLoader(loader(() -> loaded)).run(MigrateCommand.NAME));
        }
    }

    @Test
    void should_exit_1_when_the_load_fails() {
        assertEquals(1, withLoader(loader(() -> {
            throw new IllegalStateException("Could not load the bundled data");
        })).run(MigrateCommand.NAME));
    }

    @Test
    void should_exit_1_without_loading_when_the_entities_do_not_match_the_migrated_schema() {
        AtomicBoolean loadAttempted = new AtomicBoolean();
        assertEquals(1, with(loader(() -> {
            loadAttempted.set(true);
            return true;
        }), "Schema-validation: missing column [title] in table [pledge]").run(MigrateCommand.NAME));
        assertFalse(loadAttempted.get());
    }

    @Test
    void should_migrate_at_start_and_open_no_http_port() {
        assertEquals("true", MigrateCommand.config().get("quarkus.flyway.migrate-at-start"));
        assertEquals("false", MigrateCommand.config().get("quarkus.http.host-enabled"));
        assertEquals(true, MigrateCommand.requested("migrate"));
        assertEquals(false, MigrateCommand.requested());
    }
}
