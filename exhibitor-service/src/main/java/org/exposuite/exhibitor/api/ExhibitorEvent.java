package org.exposuite.exhibitor.api;

import java.util.UUID;

/** The webhook events exhibitor-service writes, by the type organizers subscribe to; each body is a record of this package. */
public enum ExhibitorEvent {

    /** The company sent its application for review: {@link ExhibitorSubmitted}. */
    SUBMITTED("exhibitor.submitted"),
    /** The organizers approved the application onto a booth: {@link ExhibitorApproved}. */
    APPROVED("exhibitor.approved"),
    /** The organizers turned the application down, with their reason: {@link ExhibitorRejected}. */
    REJECTED("exhibitor.rejected"),
    /** The company withdrew its application, or its participation with the booth it had: {@link ExhibitorWithdrawn}. */
    WITHDRAWN("exhibitor.withdrawn");

    private final String type;

    ExhibitorEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Every event of one exhibitor has the same subject, so receivers get them in the order they happened. */
    public static String subject(UUID exhibitorId) {
        return "exhibitor/" + exhibitorId;
    }
}
