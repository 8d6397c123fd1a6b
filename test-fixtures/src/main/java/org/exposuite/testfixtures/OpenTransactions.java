package org.exposuite.testfixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What PostgreSQL shows of the service's sessions that are inside a transaction (pg_stat_activity): a session left
 * "idle in transaction" holds its connection from the pool and holds back vacuum.
 */
public final class OpenTransactions {

    private static final String IN_TRANSACTION = """
            select state, query from pg_stat_activity
            where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
              and xact_start is not null""";

    private OpenTransactions() {
    }

    /** Each session of the database (but the asking one) inside a transaction, as its state and last statement. */
    public static List<String> of(DataSource dataSource) {
        List<String> sessions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(IN_TRANSACTION)) {
            while (rows.next()) {
                sessions.add(rows.getString(1) + ": " + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sessions;
    }

    /**
     * Looks again and again, up to {@code bound}, for a moment when no session of the database is inside a transaction
     * (other work of the service may open short ones). Answers the sessions seen last: empty once such a moment came.
     */
    public static List<String> awaitNone(DataSource dataSource, Duration bound) throws InterruptedException {
        Instant until = Instant.now().plus(bound);
        List<String> sessions = of(dataSource);
        while (!sessions.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            sessions = of(dataSource);
        }
        return sessions;
    }
}
