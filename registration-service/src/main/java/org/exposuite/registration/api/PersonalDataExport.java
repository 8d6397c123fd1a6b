package org.exposuite.registration.api;

import java.time.Instant;
import java.util.List;

/** Everything the service holds about one attendee, for the attendee to download. */
public record PersonalDataExport(
        Instant exportedAt,
        String controller,
        RegistrationView registration,
        String invitationCode,
        List<RecordedAction> organizerActions) {

    /** Something an organizer did to the registration (the organizer's identity is withheld). */
    public record RecordedAction(Instant at, String action, String detail) {
    }
}
