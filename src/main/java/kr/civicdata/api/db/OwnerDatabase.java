package kr.civicdata.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

import io.agroal.api.AgroalDataSource;

/**
 * Connections as the role that owns the schema, for the data load: the credentials Flyway migrates with
 * ({@code quarkus.flyway.username} and {@code password}, with {@code quarkus.flyway.jdbc-url} or else the datasource's
 * URL) when they are configured, else the service's own datasource, as Flyway itself decides.
 *
 * <p>
 * The service's pool may then be a role that can only read. Owner connections are opened one at a time and closed
 * after use, never pooled: a load is rare, and a pool would keep owner sessions open in every replica.
 */
@ApplicationScoped
public class OwnerDatabase {

    @ConfigProperty(name = "quarkus.flyway.jdbc-url")
    Optional<String> ownerUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    Optional<String> ownerUsername;

    @ConfigProperty(name = "quarkus.flyway.password")
    Optional<String> ownerPassword;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> datasourceUrl;

    @Inject
    AgroalDataSource dataSource;

    /** Whether the owner has credentials of its own, apart from the service's datasource. */
    public boolean separate() {
        return ownerUsername.isPresent() && ownerPassword.isPresent();
    }

    /** A new connection as the owner; the caller closes it. */
    public Connection open() throws SQLException {
        if (!separate()) {
            return dataSource.getConnection();
        }
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(ownerUrl.or(() -> datasourceUrl)
                .orElseThrow(() -> new IllegalStateException("No JDBC URL configured for the database owner")));
        owner.setUser(ownerUsername.get());
        owner.setPassword(ownerPassword.get());
        return owner.getConnection();
    }
}
