package org.exposuite.registration.rest;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * A category's row locked by the test, as a transaction that takes its places would lock it: requests that need the
 * places queue behind it until the test lets go, so the test decides in which order they reach the database.
 */
final class HeldCategory implements AutoCloseable {

    // Only a guard against a test that would hang; nothing is measured against it.
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final AgroalDataSource dataSource;
    private final Connection connection;

    private HeldCategory(AgroalDataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    static HeldCategory of(AgroalDataSource dataSource, String code) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select id from category where code = ? for no key update")) {
            lock.setString(1, code);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no category " + code);
                }
            }
        }
        return new HeldCategory(dataSource, connection);
    }

    /** Waits until {@code count} transactions of this database wait for a lock (behind this one or behind each other). */
    void awaitWaiting(int count) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (waiting() < count) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("fewer than " + count + " transactions ever waited for a lock");
            }
            Thread.sleep(20);
        }
    }

    private long waiting() throws SQLException {
        try (Connection look = dataSource.getConnection();
             PreparedStatement query = look.prepareStatement("""
                     select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'""");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Lets the queued requests go, in the order they queued. */
    void release() throws SQLException {
        connection.rollback();
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
