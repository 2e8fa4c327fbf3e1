package kr.civicdata.api.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.SchemaValidationException;

import org.hibernate.SessionFactory;

/**
 * Hibernate's validation of the entities against the schema, run when the schema is there rather than at start-up
 * ({@code quarkus.hibernate-orm.schema-management.strategy=none}): a serving replica may start before the job that
 * creates the schema, and must then wait, alive and not ready, instead of failing its start. {@code DataVersion} runs
 * it before it serves a version of the data; a schema that does not match keeps the replica not ready, and
 * {@code migrate} runs it after migrating.
 */
@ApplicationScoped
public class SchemaCheck {

    @Inject
    SessionFactory sessionFactory;

    /** What of the schema does not match the entities (a missing table or column, a wrong type); null when it does. */
    public String mismatch() {
        try {
            sessionFactory.getSchemaManager().validate();
            return null;
        } catch (SchemaValidationException e) {
            return e.getMessage();
        }
    }
}
