package org.exposuite.exhibitor.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.exposuite.exhibitor.client.SharedContacts;
import org.exposuite.exhibitor.service.LeadBook.PendingContact;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.jboss.logging.Logger;

/**
 * Fills in scanned visitors' shared contacts after the scan has answered, so no scan waits on registration-service.
 * Each scan asks at once in the background; leads it could not fill (registration-service away, queue full, restart)
 * stay pending and are asked for again by a sweep that backs off while registration-service keeps not answering.
 */
@ApplicationScoped
public class LeadContacts {

    private static final Logger LOG = Logger.getLogger(LeadContacts.class);

    @Inject
    SharedContacts contacts;

    @Inject
    LeadBook book;

    @Inject
    LeadContactsConfig config;

    @Inject
    ScheduledRounds rounds;

    private ThreadPoolExecutor askers;

    // How many lookups of each lead are queued or running: the sweep leaves those leads to them. Every scan queues
    // its own lookup, so a rescan picks up what the visitor changed since an earlier answer.
    private final Map<PendingContact, Integer> asking = new ConcurrentHashMap<>();

    // Touched only by the sweep, which never runs twice at once.
    private int failedSweeps;
    private int sweepsToSkip;

    @PostConstruct
    void start() {
        askers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(config.contactQueue()), task -> {
            Thread thread = new Thread(task, "lead-contacts");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        askers.shutdownNow();
    }

    /** Asks registration-service for the visitor's contact in the background; called once the scan is committed. */
    public void askSoon(PendingContact lead) {
        asking.merge(lead, 1, Integer::sum);
        try {
            askers.execute(() -> {
                try {
                    ask(lead);
                } finally {
                    done(lead);
                }
            });
        } catch (RejectedExecutionException full) {
            // A full queue drops the request: the lead stays pending and the next sweep asks for it.
            done(lead);
        }
    }

    private void done(PendingContact lead) {
        asking.computeIfPresent(lead, (key, count) -> count > 1 ? count - 1 : null);
    }

    /** A lead the shutdown keeps from being filled in stays pending in the database; the first sweep after the start asks again. */
    @Scheduled(identity = "lead-contact-sweep", every = "${expo.leads.contact-sweep-every}",
            delayed = "${expo.leads.contact-sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void askAgainForPendingContactsOnSchedule() {
        rounds.run(LOG, "lead contact sweep", this::askAgainForPendingContacts);
    }

    void askAgainForPendingContacts() {
        if (sweepsToSkip > 0) {
            sweepsToSkip--;
            return;
        }
        int asked = 0;
        int answered = 0;
        for (PendingContact lead : book.pendingContacts(config.contactSweepSize())) {
            if (rounds.stopping()) {
                return;
            }
            if (asking.putIfAbsent(lead, 1) != null) {
                continue;
            }
            try {
                // A scan's own lookup may have filled it in since the list was read.
                if (book.isContactPending(lead)) {
                    asked++;
                    answered += ask(lead) ? 1 : 0;
                }
            } finally {
                done(lead);
            }
        }
        if (asked > 0 && answered == 0) {
            // Registration-service is away: skip 1, 3, 7, … sweeps before asking again, up to the maximum.
            failedSweeps++;
            sweepsToSkip = Math.min((1 << Math.min(failedSweeps, 16)) - 1, config.contactSweepMaxSkipped());
        } else {
            failedSweeps = 0;
        }
    }

    /** True when registration-service answered (shared or not) and the lead holds that answer now. */
    boolean ask(PendingContact lead) {
        try {
            SharedContacts.Lookup answer = contacts.lookup(lead.registrationId());
            if (!answer.answered()) {
                return false;
            }
            book.fillContact(lead, answer);
            return true;
        } catch (RuntimeException e) {
            rounds.failed(LOG, "contact of lead " + lead.registrationId() + " could not be filled in", e);
            return false;
        }
    }
}
