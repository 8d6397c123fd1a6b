package org.exposuite.exhibitor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.exposuite.exhibitor.client.SharedContact;
import org.exposuite.exhibitor.client.SharedContacts;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;
import org.hibernate.Session;

/** Writes scans into the exhibitor's leads: one row per visitor, kept in one statement even when scans race. */
@ApplicationScoped
public class LeadBook {

    // A repeat scan keeps earlier rating and notes unless new ones are given; the contact follows what
    // registration-service said now (shared or not), or stays as it was when it could not be asked.
    private static final String UPSERT = """
            insert into exhibitor_lead as l (id, exhibitor_id, registration_id, category, rating, notes, contact_pending,
                family_name, given_name, latin_name, email, phone, organization, job_title, country,
                first_scanned_at, last_scanned_at, scan_count)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            on conflict (exhibitor_id, registration_id) do update set
                category = excluded.category,
                rating = coalesce(excluded.rating, l.rating),
                notes = coalesce(excluded.notes, l.notes),
                last_scanned_at = excluded.last_scanned_at,
                scan_count = l.scan_count + 1,
                contact_pending = excluded.contact_pending,
                family_name = case when excluded.contact_pending then l.family_name else excluded.family_name end,
                given_name = case when excluded.contact_pending then l.given_name else excluded.given_name end,
                latin_name = case when excluded.contact_pending then l.latin_name else excluded.latin_name end,
                email = case when excluded.contact_pending then l.email else excluded.email end,
                phone = case when excluded.contact_pending then l.phone else excluded.phone end,
                organization = case when excluded.contact_pending then l.organization else excluded.organization end,
                job_title = case when excluded.contact_pending then l.job_title else excluded.job_title end,
                country = case when excluded.contact_pending then l.country else excluded.country end
            returning id, (xmax = 0) as created
            """;

    @Inject
    Clock clock;

    /** The lead after this scan, and whether the scan created it. */
    public record Recorded(Lead lead, boolean created) {
    }

    @Transactional
    public Recorded record(UUID exhibitorId, Badge badge, Integer rating, String notes, SharedContacts.Lookup lookup) {
        Instant now = clock.instant();
        SharedContact contact = lookup.contact().orElse(null);
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
                statement.setBoolean(++i, !lookup.answered());
                statement.setString(++i, contact == null ? null : limit(contact.familyName(), 200));
                statement.setString(++i, contact == null ? null : limit(contact.givenName(), 200));
                statement.setString(++i, contact == null ? null : limit(contact.latinName(), 200));
                statement.setString(++i, contact == null ? null : limit(contact.email(), 320));
                statement.setString(++i, contact == null ? null : limit(contact.phone(), 50));
                statement.setString(++i, contact == null ? null : limit(contact.organization(), 200));
                statement.setString(++i, contact == null ? null : limit(contact.jobTitle(), 200));
                statement.setString(++i, contact == null ? null : limit(contact.country(), 2));
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

    // Registration-service's limits are narrower; this only keeps an unexpected answer from failing the scan.
    private static String limit(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }
}
