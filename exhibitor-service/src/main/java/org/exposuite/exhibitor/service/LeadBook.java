package org.exposuite.exhibitor.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.client.SharedContact;
import org.exposuite.exhibitor.client.SharedContacts;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;
import org.hibernate.Session;

/**
 * Writes scans into the exhibitor's leads: one row per visitor, kept in one statement even when scans race; and the
 * visitor's contact, once registration-service has answered for it.
 */
@ApplicationScoped
public class LeadBook {

    // A repeat scan keeps earlier rating and notes unless new ones are given; the contact is never written here, but
    // filled in after the scan by LeadContacts, so a new lead starts with its contact pending.
    private static final String UPSERT = """
            insert into exhibitor_lead as l (id, exhibitor_id, registration_id, category, rating, notes, contact_pending,
                first_scanned_at, last_scanned_at, scan_count)
            values (?, ?, ?, ?, ?, ?, true, ?, ?, 1)
            on conflict (exhibitor_id, registration_id) do update set
                category = excluded.category,
                rating = coalesce(excluded.rating, l.rating),
                notes = coalesce(excluded.notes, l.notes),
                last_scanned_at = excluded.last_scanned_at,
                scan_count = l.scan_count + 1
            returning id, (xmax = 0) as created
            """;

    @Inject
    Clock clock;

    /** The lead after this scan, and whether the scan created it. */
    public record Recorded(Lead lead, boolean created) {
    }

    /** A lead whose visitor's contact registration-service has not answered for yet. */
    public record PendingContact(UUID exhibitorId, String registrationId) {
    }

    @Transactional
    public Recorded record(UUID exhibitorId, Badge badge, Integer rating, String notes) {
        Instant now = clock.instant();
        Session session = Lead.getSession();
        Object[] result = session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                int i = 0;
                statement.setObject(++i, UUID.randomUUID());
                statement.setObject(++i, exhibitorId);
                statement.setString(++i, badge.registrationId());
                statement.setString(++i, badge.category());
                if (rating == null) {
                    statement.setNull(++i, Types.INTEGER);
                } else {
                    statement.setInt(++i, rating);
                }
                statement.setString(++i, notes);
                statement.setTimestamp(++i, Timestamp.from(now));
                statement.setTimestamp(++i, Timestamp.from(now));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return new Object[] {row.getObject(1, UUID.class), row.getBoolean(2)};
                }
            }
        });
        Lead lead = Lead.findById(result[0]);
        return new Recorded(lead, (Boolean) result[1]);
    }

    /**
     * Keeps what registration-service answered about the visitor's contact: the contact when shared, nothing when not
     * (any earlier contact is removed, e.g. after the visitor stopped sharing or was erased).
     */
    @Transactional
    public void fillContact(PendingContact lead, SharedContacts.Lookup answer) {
        SharedContact contact = answer.contact().orElse(null);
        Lead.update("contactPending = false, familyName = ?1, givenName = ?2, latinName = ?3, email = ?4, phone = ?5,"
                        + " organization = ?6, jobTitle = ?7, country = ?8 where exhibitorId = ?9 and registrationId = ?10",
                contact == null ? null : limit(contact.familyName(), 200),
                contact == null ? null : limit(contact.givenName(), 200),
                contact == null ? null : limit(contact.latinName(), 200),
                contact == null ? null : limit(contact.email(), 320),
                contact == null ? null : limit(contact.phone(), 50),
                contact == null ? null : limit(contact.organization(), 200),
                contact == null ? null : limit(contact.jobTitle(), 200),
                contact == null ? null : limit(contact.country(), 2),
                lead.exhibitorId(), lead.registrationId());
    }

    @Transactional
    public boolean isContactPending(PendingContact lead) {
        return Lead.count("contactPending = true and exhibitorId = ?1 and registrationId = ?2", lead.exhibitorId(),
                lead.registrationId()) > 0;
    }

    /** Leads still waiting for their contact, those scanned longest ago first. */
    @Transactional
    public List<PendingContact> pendingContacts(int limit) {
        return Lead.<Lead>find("contactPending = true order by lastScannedAt, id").page(Page.ofSize(limit)).list().stream()
                .map(lead -> new PendingContact(lead.exhibitorId, lead.registrationId)).toList();
    }

    // Registration-service's limits are narrower; this only keeps an unexpected answer from failing the lookup.
    private static String limit(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }
}
