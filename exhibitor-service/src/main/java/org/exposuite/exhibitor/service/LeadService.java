package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.notApproved;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.api.LeadContact;
import org.exposuite.exhibitor.api.LeadRequest;
import org.exposuite.exhibitor.api.LeadView;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.badge.BadgeVerifier;

/**
 * Lead retrieval: an approved exhibitor scans visitors' badges, rates them and takes notes. The badge is checked
 * offline and the scan never waits on registration-service; the visitor's contact is filled in afterwards, and kept
 * only when registration-service says the visitor shares it with exhibitors.
 */
@ApplicationScoped
public class LeadService {

    private static final int EXPORT_FETCH_SIZE = 500;

    @Inject
    ApplicationLifecycle lifecycle;

    @Inject
    BadgeVerifier badges;

    @Inject
    LeadContacts contacts;

    @Inject
    LeadBook book;

    @Inject
    ExhibitorMetrics metrics;

    @Inject
    AgroalDataSource dataSource;

    /** The lead after the scan; {@code created} is false when the visitor had been scanned before. */
    public record Scanned(LeadView lead, boolean created) {
    }

    /** One row of the export. */
    public record ExportRow(String registrationId, String category, OffsetDateTime firstScannedAt,
                            OffsetDateTime lastScannedAt, int scanCount, Integer rating, String notes,
                            boolean contactPending, String familyName, String givenName, String latinName, String email,
                            String phone, String organization, String jobTitle, String country) {
    }

    @FunctionalInterface
    public interface ExportSink {
        void accept(ExportRow row) throws IOException;
    }

    public Scanned scan(UUID exhibitorId, LeadRequest request) {
        Exhibitor.State state = lifecycle.snapshot(exhibitorId).state();
        if (state != Exhibitor.State.APPROVED) {
            throw notApproved(state, "Scanning leads");
        }
        Badge badge = badges.verify(request.badgeToken());
        LeadBook.Recorded recorded = book.record(exhibitorId, badge, request.rating(), ApplicationService.blankToNull(request.notes()));
        // Committed by now: the contact is asked for in the background, also on a rescan, to follow the visitor's choice.
        contacts.askSoon(new LeadBook.PendingContact(exhibitorId, badge.registrationId()));
        metrics.leadScanned(recorded.created());
        return new Scanned(view(recorded.lead()), recorded.created());
    }

    /** The exhibitor's leads in the order they were first scanned, so pages stay stable while scanning goes on. */
    @Transactional
    public List<LeadView> list(UUID exhibitorId, int index, int size) {
        return Lead.<Lead>find("exhibitorId = ?1 order by firstScannedAt, id", exhibitorId)
                .page(Page.of(index, size)).list().stream().map(LeadService::view).toList();
    }

    /** Streams the exhibitor's leads through a server-side cursor: thousands of rows never sit in memory at once. */
    public void export(UUID exhibitorId, ExportSink sink) throws IOException {
        String select = "select registration_id, category, first_scanned_at, last_scanned_at, scan_count, rating, notes,"
                + " contact_pending, family_name, given_name, latin_name, email, phone, organization, job_title, country"
                + " from exhibitor_lead where exhibitor_id = ? order by first_scanned_at, id";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setObject(1, exhibitorId);
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(new ExportRow(rows.getString(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class), rows.getObject(4, OffsetDateTime.class),
                                rows.getInt(5), rows.getObject(6, Integer.class), rows.getString(7), rows.getBoolean(8),
                                rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12),
                                rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16)));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Exporting leads failed", e);
        }
    }

    static LeadView view(Lead lead) {
        LeadContact contact = lead.hasContact()
                ? new LeadContact(lead.familyName, lead.givenName, lead.latinName, lead.email, lead.phone, lead.organization,
                        lead.jobTitle, lead.country)
                : null;
        return new LeadView(lead.id, lead.registrationId, lead.category, lead.rating, lead.notes, lead.firstScannedAt,
                lead.lastScannedAt, lead.scanCount, lead.contactPending, contact);
    }
}
