package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.api.RevocationPage;

/**
 * The list of revoked badges that scanners fetch incrementally. Revocations are numbered under a transaction-scoped
 * advisory lock, so numbers commit in order and a reader's cursor never skips one that commits later.
 */
@ApplicationScoped
public class BadgeRevocations {

    public static final int MAX_PAGE_SIZE = 1000;
    // Any constant shared by all replicas: it names the lock that orders revocations.
    private static final long ORDERING_LOCK = 0x6261646765L;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Revokes the badge in the transaction that ends the registration; revoking again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(UUID registrationId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, ORDERING_LOCK).getSingleResult();
        entityManager.createNativeQuery("""
                        insert into badge_revocation (registration_id, revoked_at) values (?1, ?2)
                        on conflict (registration_id) do nothing""")
                .setParameter(1, registrationId)
                .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isRevoked(UUID registrationId) {
        return !entityManager.createNativeQuery("select 1 from badge_revocation where registration_id = ?1")
                .setParameter(1, registrationId).getResultList().isEmpty();
    }

    /** The revocations after the cursor, oldest first; the next cursor is the last one's number. */
    @Transactional
    public RevocationPage since(long cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select sequence, registration_id, revoked_at from badge_revocation
                        where sequence > ?1 order by sequence limit ?2""")
                .setParameter(1, cursor).setParameter(2, limit).getResultList();
        List<RevocationPage.Revocation> revocations = new ArrayList<>();
        long next = cursor;
        for (Object[] row : rows) {
            next = ((Number) row[0]).longValue();
            revocations.add(new RevocationPage.Revocation((UUID) row[1], instant(row[2])));
        }
        return new RevocationPage(revocations, next, rows.size() == limit);
    }

    /** A timestamp as a native query returns it, whichever type the driver chose. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
