package org.exposuite.platform.persistence;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The database role and password are required settings: the connection pool would otherwise start without them and
 * fail later with a driver message that names no setting. Mapped here, a missing one stops the start at once and is
 * named (in production, where {@code %prod.} takes them from {@code QUARKUS_DATASOURCE_USERNAME} and
 * {@code QUARKUS_DATASOURCE_PASSWORD} with no default).
 */
@Startup
@ApplicationScoped
public class DatabaseCredentials {

    @ConfigMapping(prefix = "quarkus.datasource")
    public interface Settings {

        String username();

        String password();
    }

    @Inject
    Settings settings;
}
