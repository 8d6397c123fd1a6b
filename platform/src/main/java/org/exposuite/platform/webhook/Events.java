package org.exposuite.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records what happened for the organizers' webhooks. An event is written into the service's own outbox in the
 * transaction of the change it reports, so it exists exactly when the change committed; deliveries happen later.
 */
@ApplicationScoped
public class Events {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Records one event of {@code type} (e.g. {@code registration.created}) about {@code subject} (e.g.
     * {@code registration/<id>}); {@code data} is the event's body, written as JSON: ids and the few fields a
     * receiver needs, no more personal data than that.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, String subject, Object data) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into webhook_event (id, type, subject, occurred_at, body)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, type)
                .setParameter(3, subject)
                .setParameter(4, OffsetDateTime.now(clock))
                .setParameter(5, body(data))
                .executeUpdate();
        return id;
    }

    private String body(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an event's data must be writable as JSON", e);
        }
    }
}
