package org.exposuite.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.exposuite.platform.webhook.Events;
import org.exposuite.registration.domain.DenialReason;
import org.exposuite.registration.domain.GateDirection;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.domain.WaitlistEntry;

/**
 * The events registration-service reports to the organizers' webhooks, written in the transaction of each change.
 * Their bodies hold ids, categories, days, gates and reasons only: never a name, an e-mail address or a phone number,
 * so an erased person leaves nothing personal in events still waiting to be delivered.
 */
@ApplicationScoped
public class RegistrationEvents {

    @Inject
    Events events;

    /** registration.created */
    public record RegistrationCreatedEvent(UUID registrationId, String category, List<LocalDate> days,
                                           RegistrationStatus status) {
    }

    /** registration.confirmed, registration.cancelled */
    public record RegistrationChanged(UUID registrationId, String category, List<LocalDate> days, String by) {
    }

    /** registration.erased */
    public record RegistrationErased(UUID registrationId) {
    }

    /** waitlist.offered */
    public record WaitlistOffered(UUID waitlistEntryId, String category, List<LocalDate> days, Instant offerExpiresAt) {
    }

    /** checkin.admitted, checkin.denied */
    public record GateScanned(UUID registrationId, String gate, GateDirection direction, LocalDate day, Instant scannedAt,
                              DenialReason reason) {
    }

    void created(UUID registrationId, String category, List<LocalDate> days, RegistrationStatus status) {
        events.publish("registration.created", subject(registrationId), new RegistrationCreatedEvent(registrationId, category, days, status));
    }

    void confirmed(Registration registration, String by) {
        events.publish("registration.confirmed", subject(registration.id), changed(registration, by));
    }

    void cancelled(Registration registration, String by) {
        events.publish("registration.cancelled", subject(registration.id), changed(registration, by));
    }

    void erased(UUID registrationId) {
        events.publish("registration.erased", subject(registrationId), new RegistrationErased(registrationId));
    }

    void offered(WaitlistEntry entry) {
        events.publish("waitlist.offered", "waitlist/" + entry.id, new WaitlistOffered(entry.id, entry.category.code,
                List.copyOf(new TreeSet<>(entry.days)), entry.offerExpiresAt));
    }

    /** A scan of an unknown badge has no registration: its subject is the scan itself. */
    void scanned(String nonce, UUID registrationId, String gate, GateDirection direction, LocalDate day, Instant scannedAt,
                 DenialReason reason) {
        events.publish(reason == null ? "checkin.admitted" : "checkin.denied",
                registrationId == null ? "checkin/" + nonce : subject(registrationId),
                new GateScanned(registrationId, gate, direction, day, scannedAt, reason));
    }

    private static String subject(UUID registrationId) {
        return "registration/" + registrationId;
    }

    private static RegistrationChanged changed(Registration registration, String by) {
        return new RegistrationChanged(registration.id, registration.category.code, List.copyOf(new TreeSet<>(registration.days)), by);
    }
}
