package org.exposuite.exhibitor.service;

import static org.exposuite.exhibitor.api.ExhibitorProblem.notApproved;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.exposuite.exhibitor.api.LeadContact;
import org.exposuite.exhibitor.api.LeadRequest;
import org.exposuite.exhibitor.api.LeadView;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.Lead;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.badge.BadgeVerifier;
import org.exposuite.platform.csv.ExportConfig;
import org.hibernate.StatelessSession;

/**
 * Lead retrieval: an approved exhibitor scans visitors' badges, rates them and takes notes. The badge is checked
 * offline and the scan never waits on registration-service; the visitor's contact is filled in afterwards, and kept
 * only when registration-service says the visitor shares it with exhibitors.
 */
@ApplicationScoped
public class LeadService {

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
    ExportConfig exports;

    // Keeps no copy of the rows it reads: a page of the export is only held until it is sent.
    @Inject
    StatelessSession exportSession;

    /** The lead after the scan; {@code created} is false when the visitor had been scanned before. */
    public record Scanned(LeadView lead, boolean created) {
    }

    /** Receives the leads of an export a page at a time, in order; a page is sent on before the next one is read. */
    @FunctionalInterface
    public interface ExportSink {
        void accept(List<LeadView> page) throws IOException;
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
     * The exhibitor's leads in the order they were first scanned, read in pages: each page is one short transaction,
     * over before the page is handed on, so a slow download holds no connection and no transaction.
     */
    public void export(UUID exhibitorId, ExportSink sink) throws IOException {
        int pageSize = exports.pageSize();
        // Each page reads current data: a lead rescanned after its page was sent stays as sent, a visitor first scanned meanwhile comes last.
        List<Lead> page = List.of();
        do {
            Lead last = page.isEmpty() ? null : page.get(page.size() - 1);
            page = QuarkusTransaction.requiringNew().call(() -> exportPage(exhibitorId, last, pageSize));
            sink.accept(page.stream().map(LeadService::view).toList());
        } while (page.size() == pageSize);
    }

    /** The leads after {@code last} (from the first when null), ordered by first scan time and id. */
    private List<Lead> exportPage(UUID exhibitorId, Lead last, int pageSize) {
        if (last == null) {
            return exportSession.createSelectionQuery("from Lead where exhibitorId = ?1 order by firstScannedAt, id", Lead.class)
                    .setParameter(1, exhibitorId).setMaxResults(pageSize).getResultList();
        }
        return exportSession.createSelectionQuery("from Lead where exhibitorId = ?1 and (firstScannedAt, id) > (?2, ?3)"
                        + " order by firstScannedAt, id", Lead.class)
                .setParameter(1, exhibitorId).setParameter(2, last.firstScannedAt).setParameter(3, last.id)
                .setMaxResults(pageSize).getResultList();
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
