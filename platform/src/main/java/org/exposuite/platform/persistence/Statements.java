package org.exposuite.platform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One plain statement on the transaction's connection, for the few writes on a hot path that want no ORM session: the
 * driver keeps the statement prepared per connection, and a database failure names what failed.
 */
@ApplicationScoped
public class Statements {

    /** What is done with the prepared statement: bind, run, read the answer. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** Prepares {@code sql} on the transaction's connection and does {@code work} with it; {@code what} names it in a failure. */
    public <T> T run(String sql, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new PersistenceException(what + " failed", e);
        }
    }
}
