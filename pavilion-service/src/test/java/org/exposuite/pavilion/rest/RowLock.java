package org.exposuite.pavilion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds one row locked from the test, so requests that touch it queue up in the order the test lets them in: each
 * next request is sent only once the one before waits on the lock. PostgreSQL then hands the row to them in that order.
 */
final class RowLock implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final AgroalDataSource dataSource;
    private final Connection connection;

    private RowLock(AgroalDataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Locks the row of {@code table} whose {@code column} holds {@code value}. */
    static RowLock on(AgroalDataSource dataSource, String table, String column, Object value) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select id from " + table + " where " + column + " = ? for update")) {
            lock.setObject(1, value);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).as("the row to lock exists").isTrue();
            }
        }
        return new RowLock(dataSource, connection);
    }

    /** Waits until {@code requests} transactions wait on a lock in this database (a bound on patience, not a timing). */
    void awaitWaiting(int requests) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (waiting() < requests) {
            assertThat(Instant.now()).as("%d requests waiting on the row", requests).isBefore(giveUp);
            Thread.sleep(20);
        }
    }

    private int waiting() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
             ResultSet count = query.executeQuery()) {
            count.next();
            return count.getInt(1);
        }
    }

    /** Lets the queued requests go, first come first served. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
