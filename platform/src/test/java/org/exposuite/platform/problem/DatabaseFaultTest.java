package org.exposuite.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFaultTest {

    @Test
    void aStaleVersionFoundAtCommitIsAConcurrentChange() {
        // what a @Transactional method throws when the version check fails while the transaction commits
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.initCause(new OptimisticLockException(new StaleObjectStateException("Pavilion", 7L)));

        assertThat(DatabaseFault.of(new ArcUndeclaredThrowableException(commit))).contains(DatabaseFault.CONCURRENT_CHANGE);
        assertThat(DatabaseFault.of(new StaleObjectStateException("Session", 3L))).contains(DatabaseFault.CONCURRENT_CHANGE);
    }

    @Test
    void serializationFailuresAndDeadlocksAreConcurrentChanges() {
        assertThat(DatabaseFault.of(new PersistenceException(new SQLException("could not serialize access", "40001"))))
                .contains(DatabaseFault.CONCURRENT_CHANGE);
        assertThat(DatabaseFault.of(new PersistenceException(new SQLException("deadlock detected", "40P01"))))
                .contains(DatabaseFault.CONCURRENT_CHANGE);
    }

    @Test
    void refusedBrokenAndRestartingConnectionsAreAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused"));
        assertThat(DatabaseFault.of(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))
                .contains(DatabaseFault.UNREACHABLE);
        assertThat(DatabaseFault.of(new GenericJDBCException("could not execute statement", new SQLException("I/O error", "08006"))))
                .contains(DatabaseFault.UNREACHABLE);
        assertThat(DatabaseFault.of(new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01"))))
                .contains(DatabaseFault.UNREACHABLE);
        assertThat(DatabaseFault.of(new PersistenceException(new SQLException("the database system is starting up", "57P03"))))
                .contains(DatabaseFault.UNREACHABLE);
        assertThat(DatabaseFault.sqlState(new GenericJDBCException("x", new SQLException("I/O error", "08006")))).contains("08006");
    }

    @Test
    void noPooledConnectionInTimeIsAnOutage() {
        // the pool's own timeout carries no SQL state
        assertThat(DatabaseFault.of(new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))))
                .contains(DatabaseFault.UNREACHABLE);
    }

    @Test
    void otherFailuresAreNeither() {
        assertThat(DatabaseFault.of(new ConstraintViolationException("duplicate key", new SQLException("duplicate key", "23505"), "uk")))
                .isEmpty();
        assertThat(DatabaseFault.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(DatabaseFault.of(new PersistenceException("no cause"))).isEmpty();
        assertThat(DatabaseFault.sqlState(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second);
        assertThat(DatabaseFault.of(first)).isEmpty();
    }
}
