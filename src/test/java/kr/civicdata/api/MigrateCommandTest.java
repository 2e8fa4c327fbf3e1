package kr.civicdata.api;

import org.junit.jupiter.api.Test;

import kr.civicdata.api.catalog.DataLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exit status is what a Kubernetes Job or a compose dependency acts on. */
class MigrateCommandTest {

    private static MigrateCommand withLoader(DataLoader loader) {
        MigrateCommand command = new MigrateCommand();
        command.loader = loader;
        return command;
    }

    @Test
    void should_exit_0_when_the_data_is_loaded_or_already_there() {
        for (boolean loaded : new boolean[]{true, false}) {
            assertEquals(0, withLoader(new DataLoader() {
                @Override
                public boolean loadIfChanged() {
                    return loaded;
                }
            }).run(MigrateCommand.NAME));
        }
    }

    @Test
    void should_exit_1_when_the_load_fails() {
        assertEquals(1, withLoader(new DataLoader() {
            @Override
            public boolean loadIfChanged() {
                throw new IllegalStateException("Could not load the bundled data");
            }
        }).run(MigrateCommand.NAME));
    }

    @Test
    void should_migrate_at_start_and_open_no_http_port() {
        assertEquals("true", MigrateCommand.config().get("quarkus.flyway.migrate-at-start"));
        assertEquals("false", MigrateCommand.config().get("quarkus.http.host-enabled"));
        assertEquals(true, MigrateCommand.requested("migrate"));
        assertEquals(false, MigrateCommand.requested());
    }
}
