package org.exposuite.testfixtures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The webhook events this service recorded in its outbox, read straight from the database. */
@ApplicationScoped
public class RecordedEvents {

    /** One row of the outbox: its type, subject and body as written. */
    public record Event(String type, String subject, String json, JsonNode body) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    /** Every event about {@code subject}, in the order they were written. */
    @Transactional
    public List<Event> about(String subject) {
        List<?> rows = entityManager.createNativeQuery(
                        "select type, subject, cast(body as text) from webhook_event where subject = ?1 order by seq")
                .setParameter(1, subject).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> event((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** How many events of {@code type} are about {@code subject}. */
    @Transactional
    public long count(String type, String subject) {
        return ((Number) entityManager.createNativeQuery("select count(*) from webhook_event where type = ?1 and subject = ?2")
                .setParameter(1, type).setParameter(2, subject).getSingleResult()).longValue();
    }

    /** The order in which the event of {@code type} about {@code subject} was written (its only one). */
    @Transactional
    public long sequenceOf(String type, String subject) {
        return ((Number) entityManager.createNativeQuery("select seq from webhook_event where type = ?1 and subject = ?2")
                .setParameter(1, type).setParameter(2, subject).getSingleResult()).longValue();
    }

    private Event event(String type, String subject, String json) {
        try {
            return new Event(type, subject, json, mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's body is not JSON: " + json, e);
        }
    }
}
