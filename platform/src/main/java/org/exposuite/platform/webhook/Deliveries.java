package org.exposuite.platform.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * The outbox's bookkeeping, each step a short transaction of its own: events fan out into one delivery per matching
 * subscription; due deliveries are claimed (their next attempt pushed past the send, so no other dispatcher takes them
 * meanwhile) and committed before anything is sent; the outcome of each send is recorded afterwards. Every step is
 * safe on several replicas at once: rows another transaction holds are skipped.
 */
@ApplicationScoped
public class Deliveries {

    /**
     * Claims due deliveries: the oldest first, never one whose subject has an earlier delivery still pending for the
     * same subscription (so a subject's events arrive in order), only for active subscriptions.
     */
    public static final String CLAIM = """
            with claimed as (
                update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(),
                    next_attempt_at = now() + make_interval(secs => ?2)
                from (select c.subscription_id, c.event_id from webhook_delivery c
                      join webhook_subscription s on s.id = c.subscription_id and s.active
                      where c.status = 'PENDING' and c.next_attempt_at <= now()
                      and not exists (select 1 from webhook_delivery p where p.subscription_id = c.subscription_id
                                      and p.subject = c.subject and p.status = 'PENDING' and p.event_seq < c.event_seq)
                      order by c.next_attempt_at, c.event_seq limit ?1
                      for update of c skip locked) due
                where d.subscription_id = due.subscription_id and d.event_id = due.event_id
                returning d.subscription_id, d.event_id, d.attempts, d.created_at)
            select c.subscription_id, c.event_id, c.attempts, s.url, s.secret,
                case when s.previous_secret_expires_at > now() then s.previous_secret end,
                e.type, e.occurred_at, cast(e.body as text),
                extract(epoch from now() - c.created_at)
            from claimed c join webhook_subscription s on s.id = c.subscription_id join webhook_event e on e.id = c.event_id
            order by e.seq""";

    private static final int FAN_OUT_BATCH = 500;
    private static final int PURGE_BATCH = 1000;

    @Inject
    EntityManager entityManager;

    /** One delivery claimed for sending: where to, with which secrets, what, and how long it has been tried. */
    public record Claimed(UUID subscriptionId, UUID eventId, int attempt, String url, List<String> secrets, String type,
                          java.time.Instant occurredAt, String data, Duration pendingFor) {
    }

    /** Turns waiting events into deliveries for every active subscription whose types match; answers how many events. */
    public int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        with batch as (select id from webhook_event where not fanned_out order by seq limit ?1 for update skip locked),
                        fanned as (
                            insert into webhook_delivery (subscription_id, event_id, event_seq, subject, status, next_attempt_at, created_at)
                            select s.id, e.id, e.seq, e.subject, 'PENDING', now(), now()
                            from webhook_event e join batch b on b.id = e.id
                            join webhook_subscription s on s.active and exists (
                                select 1 from unnest(s.event_types) t
                                where t = e.type or t = '*' or (right(t, 2) = '.*' and starts_with(e.type, left(t, -1))))
                            on conflict do nothing)
                        update webhook_event set fanned_out = true where id in (select id from batch)""")
                .setParameter(1, FAN_OUT_BATCH)
                .executeUpdate());
    }

    /** Claims up to {@code limit} due deliveries and commits, so the sends happen outside any transaction. */
    public List<Claimed> claim(int limit, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(CLAIM)
                    .setParameter(1, limit)
                    .setParameter(2, lease.toMillis() / 1000.0)
                    .getResultList();
            List<Claimed> claimed = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                List<String> secrets = row[5] == null ? List.of((String) row[4]) : List.of((String) row[4], (String) row[5]);
                claimed.add(new Claimed((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), (String) row[3], secrets,
                        (String) row[6], Subscriptions.instant(row[7]), (String) row[8],
                        Duration.ofMillis((long) (((Number) row[9]).doubleValue() * 1000))));
            }
            return claimed;
        });
    }

    /** The receiver took it. A record for an attempt that was claimed again meanwhile changes nothing. */
    public void delivered(Claimed delivery, int status) {
        record(delivery, "status = 'DELIVERED', delivered_at = now(), last_status = ?3, last_error = ?4, next_attempt_at = now() + make_interval(secs => ?5)",
                status, null, Duration.ZERO);
    }

    /** It failed; it is due again after {@code retryIn}. */
    public void retryLater(Claimed delivery, Integer status, String error, Duration retryIn) {
        record(delivery, "last_status = ?3, last_error = ?4, next_attempt_at = now() + make_interval(secs => ?5)", status, error, retryIn);
    }

    /** It failed for too long: given up, and it stays in the log as failed. */
    public void gaveUp(Claimed delivery, Integer status, String error) {
        record(delivery, "status = 'FAILED', last_status = ?3, last_error = ?4, next_attempt_at = now() + make_interval(secs => ?5)",
                status, error, Duration.ZERO);
    }

    private void record(Claimed delivery, String set, Integer status, String error, Duration retryIn) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update webhook_delivery set " + set
                        + " where subscription_id = ?1 and event_id = ?2 and status = 'PENDING' and attempts = ?6")
                .setParameter(1, delivery.subscriptionId())
                .setParameter(2, delivery.eventId())
                .setParameter(3, new TypedParameterValue<>(StandardBasicTypes.INTEGER, status))
                .setParameter(4, new TypedParameterValue<>(StandardBasicTypes.STRING, error))
                .setParameter(5, retryIn.toMillis() / 1000.0)
                .setParameter(6, delivery.attempt())
                .executeUpdate());
    }

    /** Deletes finished deliveries older than {@code age}, then events nobody needs any more; answers how many rows. */
    public int purgeOlderThan(Duration age) {
        int purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from webhook_delivery where (subscription_id, event_id) in (
                                select subscription_id, event_id from webhook_delivery
                                where status in ('DELIVERED', 'FAILED') and coalesce(delivered_at, last_attempt_at, created_at) < now() - make_interval(secs => ?1)
                                limit ?2 for update skip locked)""")
                    .setParameter(1, age.toMillis() / 1000.0).setParameter(2, PURGE_BATCH).executeUpdate());
            purged += deleted;
        } while (deleted == PURGE_BATCH);
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from webhook_event where id in (
                                select e.id from webhook_event e where e.fanned_out
                                and not exists (select 1 from webhook_delivery d where d.event_id = e.id)
                                limit ?1 for update skip locked)""")
                    .setParameter(1, PURGE_BATCH).executeUpdate());
            purged += deleted;
        } while (deleted == PURGE_BATCH);
        return purged;
    }
}
