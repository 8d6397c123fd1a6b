package org.exposuite.platform.problem;

import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * What went wrong with the database behind a failed request, read from the whole cause chain: the pool, the driver,
 * Hibernate and the transaction manager each wrap the one before (e.g. a commit's RollbackException around a stale
 * version).
 */
public enum DatabaseFault {

    /** The database cannot be reached: refused or broken connections, a restarting server, no pooled connection in time. */
    UNREACHABLE,

    /** Another transaction changed the same row first: a stale version, a serialization failure or a deadlock. */
    CONCURRENT_CHANGE;

    /** The fault behind {@code failure}, if the database is what failed. */
    public static Optional<DatabaseFault> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            Optional<DatabaseFault> fault = ofOne(cause);
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.empty();
    }

    /** The SQL state of the first JDBC error in the chain (e.g. 08001), for a log line that carries no SQL or data. */
    public static Optional<String> sqlState(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFault> ofOne(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                || cause instanceof OptimisticEntityLockException) {
            return Optional.of(CONCURRENT_CHANGE);
        }
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
            return Optional.of(UNREACHABLE);
        }
        if (cause instanceof SQLException sql) {
            return ofSqlState(sql.getSQLState(), sql.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFault> ofSqlState(String state, String message) {
        if (state == null) {
            // the pool's own timeouts carry no SQL state, only their words
            return message != null && message.toLowerCase().contains("acquisition timeout") ? Optional.of(UNREACHABLE) : Optional.empty();
        }
        if (state.startsWith("08")                           // connection exception
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") // shut down, crashed, not yet accepting
                || state.equals("53300")) {                  // too many connections
            return Optional.of(UNREACHABLE);
        }
        if (state.equals("40001") || state.equals("40P01")) { // serialization failure, deadlock
            return Optional.of(CONCURRENT_CHANGE);
        }
        return Optional.empty();
    }
}
