package org.exposuite.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Holds one row locked from the test, so requests that touch it queue up in the order the test lets them in: each
 * next request is sent only once the one before waits on the lock. PostgreSQL then hands the row to them in that order.
 */
public final class RowLock implements AutoCloseable {

    // Only a guard against a test that would hang; nothing is measured against it.
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final DataSource dataSource;
    private final Connection connection;

    private RowLock(DataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Locks the row of {@code table} whose {@code column} holds {@code value} (for update). */
    public static RowLock on(DataSource dataSource, String table, String column, Object value) throws SQLException {
        return held(dataSource, "select id from " + table + " where " + column + " = ? for update", value);
    }

    /** Locks the row a locking select with one parameter finds, with the lock strength it names. */
    public static RowLock held(DataSource dataSource, String lockingSelect, Object value) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(lockingSelect)) {
            lock.setObject(1, value);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).as("the row to lock exists: %s", value).isTrue();
            }
        }
        return new RowLock(dataSource, connection);
    }

    /** Waits until {@code requests} transactions wait on a lock in this database (a bound on patience, not a timing). */
    public void awaitWaiting(int requests) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (waiting() < requests) {
            assertThat(Instant.now()).as("%d requests waiting on the row", requests).isBefore(giveUp);
            Thread.sleep(20);
        }
    }

    private long waiting() throws SQLException {
        try (Connection look = dataSource.getConnection();
             PreparedStatement query = look.prepareStatement(
                     "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
             ResultSet count = query.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Lets the queued requests go, first come first served, while the test keeps its connection. */
    public void release() throws SQLException {
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
