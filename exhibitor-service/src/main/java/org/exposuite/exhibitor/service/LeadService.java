package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.notApproved;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.exposuite.exhibitor.api.LeadContact;
import org.exposuite.exhibitor.api.LeadRequest;
import org.exposuite.exhibitor.api.LeadView;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.badge.BadgeVerifier;
import org.hibernate.StatelessSession;

/**
 * Lead retrieval: an approved exhibitor scans visitors' badges, rates them and takes notes. The badge is checked
 * offline and the scan never waits on registration-service; the visitor's contact is filled in afterwards, and kept
 * only when registration-service says the visitor shares it with exhibitors.
 */
@ApplicationScoped
public class LeadService {

    private static final int EXPORT_FETCH_SIZE = 500;
    private static final int EXPORT_TIMEOUT_SECONDS = 600;

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

    // Keeps no copy of the rows it reads, so an export of thousands of leads never sits in memory at once.
    @Inject
    StatelessSession exportSession;

    /** The lead after the scan; {@code created} is false when the visitor had been scanned before. */
    public record Scanned(LeadView lead, boolean created) {
    }

    @FunctionalInterface
    public interface ExportSink {
        void accept(LeadView lead) throws IOException;
    }

    public Scanned scan(UUID exhibitorId, LeadRequest request) {
        Exhibitor.State state = lifecycle.snapshot(exhibitorId).state();
        if (state != Exhibitor.State.APPROVED) {
            throw notApproved(state, "Scanning leads");
        }
        Badge badge = badges.verify(request.badgeToken());
        Lead lead = book.record(exhibitorId, badge, request.rating(), ApplicationService.blankToNull(request.notes()));
        // Committed by now: the contact is asked for in the background, also on a rescan, to follow the visitor's choice.
        contacts.askSoon(new LeadBook.PendingContact(exhibitorId, badge.registrationId()));
        boolean created = lead.scanCount == 1;
        metrics.leadScanned(created);
        return new Scanned(view(lead), created);
    }

    /** The exhibitor's leads in the order they were first scanned, so pages stay stable while scanning goes on. */
    @Transactional
    public List<LeadView> list(UUID exhibitorId, int index, int size) {
        return Lead.<Lead>find("exhibitorId = ?1 order by firstScannedAt, id", exhibitorId)
                .page(Page.of(index, size)).list().stream().map(LeadService::view).toList();
    }

    /**
     * Streams the exhibitor's leads through a server-side cursor (PostgreSQL keeps one only inside a transaction, which
     * lasts as long as a slow download may take).
     */
    @Transactional
    @TransactionConfiguration(timeout = EXPORT_TIMEOUT_SECONDS)
    public void export(UUID exhibitorId, ExportSink sink) throws IOException {
        try (Stream<Lead> leads = exportSession.createSelectionQuery("from Lead where exhibitorId = ?1 order by firstScannedAt, id",
                Lead.class).setParameter(1, exhibitorId).setFetchSize(EXPORT_FETCH_SIZE).stream()) {
            for (Iterator<Lead> rows = leads.iterator(); rows.hasNext(); ) {
                sink.accept(view(rows.next()));
            }
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
