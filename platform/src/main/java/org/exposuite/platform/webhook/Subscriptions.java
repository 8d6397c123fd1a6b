package org.exposuite.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organizers' subscriptions of one service and their delivery logs, kept in the service's own database. */
@ApplicationScoped
public class Subscriptions {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String COLUMNS = "id, url, array_to_string(event_types, ','), active, created_at, updated_at, "
            + "case when previous_secret_expires_at > now() then previous_secret_expires_at end";
    private static final String DELIVERIES = """
            select e.id, e.type, e.subject, e.occurred_at, d.status, d.attempts, d.last_status, d.last_error,
            d.last_attempt_at, d.next_attempt_at, d.delivered_at
            from webhook_delivery d join webhook_event e on e.id = d.event_id
            where d.subscription_id = ?1
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ReceiverUrls receivers;

    @Inject
    WebhookConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public SubscriptionCreated create(SubscriptionRequest request) {
        receivers.check(request.url());
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        update("""
                insert into webhook_subscription (id, url, event_types, secret, active, created_at, updated_at)
                values (?1, ?2, cast(string_to_array(?3, ',') as varchar(64)[]), ?4, true, now(), now())""",
                id, request.url(), types(request), secret);
        return new SubscriptionCreated(get(id), secret);
    }

    @Transactional
    public List<SubscriptionView> list() {
        return this.<Object[]>rows("select " + COLUMNS + " from webhook_subscription order by created_at, id").stream()
                .map(Subscriptions::view).toList();
    }

    @Transactional
    public SubscriptionView get(UUID id) {
        return this.<Object[]>rows("select " + COLUMNS + " from webhook_subscription where id = ?1", id).stream().findFirst()
                .map(Subscriptions::view).orElseThrow(WebhookProblem.SUBSCRIPTION_NOT_FOUND::problem);
    }

    @Transactional
    public SubscriptionView change(UUID id, SubscriptionRequest request) {
        receivers.check(request.url());
        found(update("""
                update webhook_subscription set url = ?2, event_types = cast(string_to_array(?3, ',') as varchar(64)[]),
                updated_at = now() where id = ?1""", id, request.url(), types(request)));
        return get(id);
    }

    /** Paused, a subscription gets no new events and its waiting deliveries wait; resumed, they go out again. */
    @Transactional
    public SubscriptionView activate(UUID id, boolean active) {
        found(update("update webhook_subscription set active = ?2, updated_at = now() where id = ?1", id, active));
        return get(id);
    }

    /** Deleting a subscription deletes its delivery log with it. */
    @Transactional
    public void delete(UUID id) {
        found(update("delete from webhook_subscription where id = ?1", id));
    }

    /** A new secret signs from now on; the current one signs beside it for the configured overlap. */
    @Transactional
    public SecretRotated rotateSecret(UUID id) {
        String secret = WebhookSignature.newSecret();
        List<Object> expiry = rows("""
                update webhook_subscription set previous_secret = secret, secret = ?2,
                previous_secret_expires_at = now() + make_interval(secs => ?3), updated_at = now()
                where id = ?1 returning previous_secret_expires_at""", id, secret, config.secretOverlap().toMillis() / 1000.0);
        found(expiry.size());
        return new SecretRotated(secret, instant(expiry.get(0)));
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, int page, int size) {
        get(id);
        List<Object[]> rows = rows(DELIVERIES + "order by d.event_seq desc limit ?2 offset ?3", id, size, (long) page * size);
        return new DeliveryPage(page, size, rows.stream().map(Subscriptions::delivery).toList());
    }

    /** Sends one event again, whatever became of it; retries count anew from now. */
    @Transactional
    public DeliveryView resend(UUID id, UUID eventId) {
        get(id);
        int updated = update("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = now(), created_at = now(), delivered_at = null
                where subscription_id = ?1 and event_id = ?2""", id, eventId);
        if (updated == 0) {
            throw WebhookProblem.EVENT_NOT_FOUND.problem();
        }
        return delivery(this.<Object[]>rows(DELIVERIES + "and d.event_id = ?2", id, eventId).get(0));
    }

    /** A webhook.test event for this one subscription, delivered like any other. */
    @Transactional
    public TestEventSent sendTestEvent(UUID id) {
        get(id);
        UUID eventId = UUID.randomUUID();
        String subject = "webhook/" + id;
        update("""
                insert into webhook_event (id, type, subject, occurred_at, body, fanned_out)
                values (?1, 'webhook.test', ?2, ?3, cast(?4 as jsonb), true)""",
                eventId, subject, OffsetDateTime.now(clock), body(Map.of("subscriptionId", id)));
        update("""
                insert into webhook_delivery (subscription_id, event_id, event_seq, subject, status, next_attempt_at, created_at)
                select ?1, id, seq, subject, 'PENDING', now(), now() from webhook_event where id = ?2""", id, eventId);
        return new TestEventSent(eventId);
    }

    /** The rows a native query answers: arrays of columns, or single values for one column. */
    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, Object... parameters) {
        return withParameters(entityManager.createNativeQuery(sql), parameters).getResultList();
    }

    private int update(String sql, Object... parameters) {
        return withParameters(entityManager.createNativeQuery(sql), parameters).executeUpdate();
    }

    private static Query withParameters(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private String body(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a test event's data is plain JSON", e);
        }
    }

    private static String types(SubscriptionRequest request) {
        return String.join(",", request.types().stream().distinct().toList());
    }

    private static void found(int updated) {
        if (updated == 0) {
            throw WebhookProblem.SUBSCRIPTION_NOT_FOUND.problem();
        }
    }

    private static SubscriptionView view(Object[] row) {
        return new SubscriptionView((UUID) row[0], (String) row[1], Arrays.asList(((String) row[2]).split(",")),
                (Boolean) row[3], instant(row[4]), instant(row[5]), instant(row[6]));
    }

    private static DeliveryView delivery(Object[] row) {
        return new DeliveryView((UUID) row[0], (String) row[1], (String) row[2], instant(row[3]), (String) row[4],
                ((Number) row[5]).intValue(), row[6] == null ? null : ((Number) row[6]).intValue(), (String) row[7],
                instant(row[8]), "PENDING".equals(row[4]) ? instant(row[9]) : null, instant(row[10]));
    }

    /** A timestamp as a native query returns it, whichever type the driver chose. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
