package org.exposuite.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exposuite.registration.security.RegistrationSecrets;
import org.exposuite.registration.security.SealedResponse;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key for creating requests (IETF draft semantics): the key is claimed in its own committed transaction
 * before any work, so parallel requests with the same key see each other; the answer is stored in the transaction
 * that does the work, so a key is never completed without its effect, nor the effect left without its answer.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x20-\\x7E]{1,255}");
    // Same body after parsing, whatever the spacing or the order of the fields.
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Inject
    EntityManager entityManager;

    @Inject
    ExpoConfig expo;

    /** A stored answer to replay. */
    public record StoredResponse(int status, String body) {
    }

    public static void requireValidKey(String key) {
        if (key.isBlank() || !KEY_FORMAT.matcher(key).matches()) {
            throw new IdempotencyKeyInvalidException();
        }
    }

    public static String requestHash(Object request) {
        try {
            return RegistrationSecrets.sha256Hex(CANONICAL.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request always serializes", e);
        }
    }

    /**
     * Claims the key for this request. Empty: the caller does the work. Otherwise the first answer to replay;
     * a problem when the key belongs to another request or its first request is still running.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredResponse> claim(String key, String requestHash) {
        String keyHash = SealedResponse.keyHash(key);
        int inserted = entityManager.createNativeQuery("""
                        insert into idempotency_key (key_hash, request_hash, status) values (?1, ?2, 'IN_FLIGHT')
                        on conflict (key_hash) do nothing""")
                .setParameter(1, keyHash).setParameter(2, requestHash).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select request_hash, status, response_status, response from idempotency_key where key_hash = ?1")
                .setParameter(1, keyHash).getResultList();
        if (rows.isEmpty()) {
            throw new IdempotencyKeyInFlightException(); // purged in between: the client's retry will claim it
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new IdempotencyKeyReusedException();
        }
        if ("IN_FLIGHT".equals(row[1])) {
            if (takeOverAbandoned(keyHash)) {
                return Optional.empty();
            }
            throw new IdempotencyKeyInFlightException();
        }
        return Optional.of(new StoredResponse(((Number) row[2]).intValue(), SealedResponse.open(key, (byte[]) row[3])));
    }

    /** Stores the answer within the transaction that did the work. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String key, int status, String body) {
        entityManager.createNativeQuery("""
                        update idempotency_key set status = 'COMPLETED', response_status = ?2, response = ?3
                        where key_hash = ?1""")
                .setParameter(1, SealedResponse.keyHash(key))
                .setParameter(2, status)
                .setParameter(3, SealedResponse.seal(key, body))
                .executeUpdate();
    }

    /** The work failed: forget the key, so a retry is processed anew. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key) {
        entityManager.createNativeQuery("delete from idempotency_key where key_hash = ?1 and status = 'IN_FLIGHT'")
                .setParameter(1, SealedResponse.keyHash(key)).executeUpdate();
    }

    /** A first request that died without an answer leaves its key in flight; after a while a retry may take it over. */
    private boolean takeOverAbandoned(String keyHash) {
        return entityManager.createNativeQuery("""
                        update idempotency_key set created_at = now()
                        where key_hash = ?1 and status = 'IN_FLIGHT' and created_at < now() - ?2 * interval '1 second'""")
                .setParameter(1, keyHash)
                .setParameter(2, expo.idempotency().inFlightTimeout().toSeconds())
                .executeUpdate() == 1;
    }

    /** Safe on every replica at once: the delete is idempotent. */
    @Scheduled(every = "${expo.idempotency.purge-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int purged = purgeOlderThan(expo.idempotency().retention());
        if (purged > 0) {
            LOG.infof("purged %d idempotency keys older than %s", purged, expo.idempotency().retention());
        }
    }

    /** For tests and operations: purge now. */
    @Transactional
    public int purgeOlderThan(Duration age) {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < now() - ?1 * interval '1 second'")
                .setParameter(1, age.toSeconds())
                .executeUpdate();
    }
}
