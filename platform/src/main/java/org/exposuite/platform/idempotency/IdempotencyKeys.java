package org.exposuite.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.exposuite.platform.persistence.Statements;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key for requests that create something (IETF draft semantics): the same key and request replay the
 * first answer, the same key with another request is refused (422), and a retry while the first request still runs
 * is told so at once (409). Keys live in the service's own {@code idempotency_key} table, as hashes; the answers
 * they replay are sealed with the client's key.
 */
@ApplicationScoped
@IfBuildProperty(name = "expo.idempotency.enabled", stringValue = "true")
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    // Plain statements on the transaction's connection, prepared once per connection by the driver: the key's work is
    // on the hot path of every request that carries one.
    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(?)";
    private static final String STORED_ANSWER = """
            select request_hash, response_status, response_location, response from idempotency_key where key_hash = ?""";
    private static final String STORE = """
            insert into idempotency_key (key_hash, operation, request_hash, response_status, response_location, response)
            values (?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager entityManager;

    @Inject
    Statements statements;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencyConfig config;

    @Inject
    ScheduledRounds rounds;

    /**
     * Does {@code work} at most once per key (of this operation and caller) and answers every retry with its answer.
     * Without a key the work simply runs. The work runs inside the transaction that also stores its answer, so it
     * must not commit on its own; a problem it throws rolls everything back and the key stays free for a retry.
     */
    public <T> IdempotentAnswer<T> once(IdempotentOperation<T> operation, String key, Object request,
                                        Supplier<IdempotentAnswer<T>> work) {
        if (key == null) {
            return QuarkusTransaction.joiningExisting().call(work::get);
        }
        StoredKey storedKey = StoredKey.of(operation, key);
        String fingerprint = RequestFingerprint.of(json, request);
        return QuarkusTransaction.joiningExisting().call(() -> {
            // In flight means "holds the key's transaction-scoped advisory lock": taken without waiting, so a parallel
            // retry gets 409 at once; held by the one transaction that does the work and writes the key with its answer;
            // released by PostgreSQL however that transaction ends (commit, rollback, crash, lost connection), so no key
            // outlives a failed request. The answer is looked up after the lock, in a new statement that sees the commit
            // of the request that held it before (read committed).
            if (!tryLock(storedKey)) {
                throw IdempotencyProblem.inFlight();
            }
            Optional<IdempotentAnswer<T>> earlier = storedAnswer(storedKey, fingerprint, operation.answerType());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            IdempotentAnswer<T> answer = work.get();
            store(operation, storedKey, fingerprint, answer);
            return answer;
        });
    }

    private boolean tryLock(StoredKey storedKey) {
        return statements.run(TRY_LOCK, "taking an idempotency key's lock", lock -> {
            lock.setLong(1, storedKey.lock);
            try (ResultSet locked = lock.executeQuery()) {
                return locked.next() && locked.getBoolean(1);
            }
        });
    }

    /** A stored key's row as the database holds it. */
    private record StoredRow(String requestHash, int status, String location, byte[] sealedAnswer) {
    }

    private <T> Optional<IdempotentAnswer<T>> storedAnswer(StoredKey storedKey, String fingerprint, Class<T> answerType) {
        Optional<StoredRow> stored = statements.run(STORED_ANSWER, "reading an idempotency key's answer", read -> {
            read.setString(1, storedKey.hash);
            try (ResultSet row = read.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredRow(row.getString(1), row.getInt(2), row.getString(3), row.getBytes(4)))
                        : Optional.<StoredRow>empty();
            }
        });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredRow row = stored.get();
        if (!fingerprint.equals(row.requestHash())) {
            throw IdempotencyProblem.reused();
        }
        try {
            T body = json.readValue(storedKey.open(row.sealedAnswer()), answerType);
            return Optional.of(new IdempotentAnswer<>(row.status(), row.location() == null ? null : URI.create(row.location()), body, true));
        } catch (IOException e) {
            throw new IllegalStateException("A stored answer always reads back", e);
        }
    }

    private void store(IdempotentOperation<?> operation, StoredKey storedKey, String fingerprint, IdempotentAnswer<?> answer) {
        byte[] sealed;
        try {
            sealed = storedKey.seal(json.writeValueAsBytes(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("An answer always serializes", e);
        }
        statements.run(STORE, "storing an idempotency key's answer", insert -> {
            insert.setString(1, storedKey.hash);
            insert.setString(2, operation.name());
            insert.setString(3, fingerprint);
            insert.setInt(4, answer.status());
            insert.setString(5, answer.location() == null ? null : answer.location().toString());
            insert.setBytes(6, sealed);
            return insert.executeUpdate();
        });
    }

    /**
     * Safe on every replica at once: each purge skips the rows another one holds. A purge the shutdown overtakes rolls
     * back its batch only; those keys are still expired and go at the next purge after the start.
     */
    @Scheduled(identity = "idempotency-key-purge", every = "${expo.idempotency.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeOnSchedule() {
        rounds.run(LOG, "idempotency key purge", this::purgeExpired);
    }

    /** Purges the keys older than the retention; answers how many. */
    public int purgeExpired() {
        int purged = purgeOlderThan(config.retention());
        if (purged > 0) {
            LOG.infof("purged %d idempotency keys older than %s", purged, config.retention());
        }
        return purged;
    }

    /** Purges the keys older than {@code age}, a batch per transaction; answers how many. */
    public int purgeOlderThan(Duration age) {
        int batch = config.purgeBatchSize();
        int purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from idempotency_key where key_hash in (
                                select key_hash from idempotency_key
                                where created_at < now() - make_interval(secs => ?1)
                                order by created_at limit ?2 for update skip locked)""")
                    .setParameter(1, age.toMillis() / 1000.0)
                    .setParameter(2, batch)
                    .executeUpdate());
            purged += deleted;
        } while (deleted == batch);
        return purged;
    }
}
