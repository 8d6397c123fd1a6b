package org.exposuite.exhibitor.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.client.SharedContact;
import org.exposuite.exhibitor.client.SharedContacts;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;

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
            returning *
            """;

    // What registration-service's answer leaves of a contact the visitor does not share.
    private static final SharedContact NOT_SHARED = new SharedContact(null, null, null, null, null, null, null, null);

    @Inject
    Clock clock;

    /** A lead whose visitor's contact registration-service has not answered for yet. */
    public record PendingContact(UUID exhibitorId, String registrationId) {
    }

    /** The lead after this scan; a scan count of one says the scan created it. */
    @Transactional
    public Lead record(UUID exhibitorId, Badge badge, Integer rating, String notes) {
        Instant now = clock.instant();
        return Lead.getSession().createNativeQuery(UPSERT, Lead.class)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, exhibitorId)
                .setParameter(3, badge.registrationId())
                .setParameter(4, badge.category())
                .setParameter(5, rating, Integer.class)
                .setParameter(6, notes, String.class)
                .setParameter(7, now)
                .setParameter(8, now)
                .getSingleResult();
    }

    /**
     * Keeps what registration-service answered about the visitor's contact: the contact when shared, nothing when not
     * (any earlier contact is removed, e.g. after the visitor stopped sharing or was erased).
     */
    @Transactional
    public void fillContact(PendingContact lead, SharedContacts.Lookup answer) {
        SharedContact shared = answer.contact().orElse(NOT_SHARED);
        Lead.update("contactPending = false, familyName = ?1, givenName = ?2, latinName = ?3, email = ?4, phone = ?5,"
                        + " organization = ?6, jobTitle = ?7, country = ?8 where exhibitorId = ?9 and registrationId = ?10",
                limit(shared.familyName(), 200), limit(shared.givenName(), 200), limit(shared.latinName(), 200),
                limit(shared.email(), 320), limit(shared.phone(), 50), limit(shared.organization(), 200),
                limit(shared.jobTitle(), 200), limit(shared.country(), 2), lead.exhibitorId(), lead.registrationId());
    }

    @Transactional
    public boolean isContactPending(PendingContact lead) {
        return Lead.count("contactPending = true and exhibitorId = ?1 and registrationId = ?2", lead.exhibitorId(),
                lead.registrationId()) > 0;
    }

    /** Leads still waiting for their contact, those scanned longest ago first. */
    @Transactional
    public List<PendingContact> pendingContacts(int limit) {
        return Lead.find("contactPending = true order by lastScannedAt, id").project(PendingContact.class)
                .page(Page.ofSize(limit)).list();
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
