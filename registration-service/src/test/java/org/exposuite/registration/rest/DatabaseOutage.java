package org.exposuite.registration.rest;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * While a test says the database is down, the service gets no connection from its pool, as during a PostgreSQL
 * restart when the pooled connections are dead and new ones are refused.
 */
@ApplicationScoped
public class DatabaseOutage implements AgroalPoolInterceptor {

    private volatile boolean down;

    void begin() {
        down = true;
    }

    void end() {
        down = false;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (down) {
            throw new IllegalStateException("the database system is restarting");
        }
    }
}
