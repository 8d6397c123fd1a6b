package org.exposuite.exhibitor.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * `Idempotency-Key` for creating requests: the first request claims the key in its own transaction
 * (insert … on conflict do nothing); its response is stored with the created record in one transaction,
 * so a retry replays it. The stored response holds a secret, so it is encrypted with a key derived from
 * the Idempotency-Key, which itself is stored only as a hash: the table alone reveals no secret.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A claim whose request has not finished after this long is taken as abandoned (its process died). */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "expo.idempotency.keep", defaultValue = "PT48H")
    Duration keep;

    /** A response and whether it is a replay of an earlier one. */
    public record Outcome<T>(T response, boolean replayed) {
    }

    /**
     * Runs {@code action} at most once per key and request body; {@code action} joins the transaction
     * that also stores its response.
     */
    public <T> Outcome<T> once(String scope, String key, Object request, Class<T> responseType, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(QuarkusTransaction.requiringNew().call(action::get), false);
        }
        String keyHash = hex(sha256(("idempotency-key:" + scope + ":" + key).getBytes(StandardCharsets.UTF_8)));
        String requestHash = hex(sha256(serialize(request)));
        if (claim(keyHash, requestHash) || takeOverAbandoned(keyHash, requestHash)) {
            try {
                T response = QuarkusTransaction.requiringNew().call(() -> {
                    T created = action.get();
                    store(keyHash, scope, key, created);
                    return created;
                });
                return new Outcome<>(response, false);
            } catch (RuntimeException e) {
                release(keyHash);
                throw e;
            }
        }
        return new Outcome<>(replay(keyHash, requestHash, scope, key, responseType), true);
    }

    private boolean claim(String keyHash, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "insert into idempotency_key (key_hash, request_hash, created_at) values (?1, ?2, now()) "
                                + "on conflict do nothing")
                .setParameter(1, keyHash).setParameter(2, requestHash).executeUpdate()) == 1;
    }

    private boolean takeOverAbandoned(String keyHash, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "update idempotency_key set created_at = now() where key_hash = ?1 and request_hash = ?2 "
                                + "and response_status is null and created_at < now() - make_interval(secs => ?3)")
                .setParameter(1, keyHash).setParameter(2, requestHash).setParameter(3, (double) ABANDONED_AFTER.toSeconds())
                .executeUpdate()) == 1;
    }

    private void store(String keyHash, String scope, String key, Object response) {
        byte[] body = encrypt(responseKey(scope, key), serialize(response));
        entityManager.createNativeQuery("update idempotency_key set response_status = 201, response_body = ?2 where key_hash = ?1")
                .setParameter(1, keyHash).setParameter(2, body).executeUpdate();
    }

    private void release(String keyHash) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "delete from idempotency_key where key_hash = ?1 and response_status is null")
                .setParameter(1, keyHash).executeUpdate());
    }

    private <T> T replay(String keyHash, String requestHash, String scope, String key, Class<T> responseType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select request_hash, response_status, response_body from idempotency_key where key_hash = ?1")
                .setParameter(1, keyHash).getResultList());
        if (rows.isEmpty()) {
            // Expired and purged between our claim and this read: the caller may simply retry.
            throw new IdempotencyKeyInFlightException();
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new IdempotencyKeyReusedException();
        }
        if (row[1] == null) {
            throw new IdempotencyKeyInFlightException();
        }
        try {
            return json.readValue(decrypt(responseKey(scope, key), (byte[]) row[2]), responseType);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored idempotent response cannot be read", e);
        }
    }

    /** Keys are kept for `expo.idempotency.keep` (at least 24 h); safe when every replica runs it. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "delete from idempotency_key where created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) keep.toSeconds()).executeUpdate());
    }

    private byte[] serialize(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static SecretKeySpec responseKey(String scope, String key) {
        return new SecretKeySpec(sha256(("idempotent-response:" + scope + ":" + key).getBytes(StandardCharsets.UTF_8)), "AES");
    }

    private static byte[] encrypt(SecretKeySpec key, byte[] plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] decrypt(SecretKeySpec key, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, 12));
            return cipher.doFinal(stored, 12, stored.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored idempotent response cannot be decrypted", e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
