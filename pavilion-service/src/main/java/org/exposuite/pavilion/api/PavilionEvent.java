package org.exposuite.pavilion.api;

import org.exposuite.platform.webhook.Events;

/** The webhook events pavilion-service writes, by the type organizers subscribe to; each body is a record of this package. */
public enum PavilionEvent {

    /** A booth was assigned to an exhibitor, by an approval or a move: {@link BoothExhibitor}. */
    BOOTH_ASSIGNED("booth.assigned", "booth/"),
    /** An exhibitor left its assigned booth, by a withdrawal, an organizer or a move: {@link BoothExhibitor}. */
    BOOTH_VACATED("booth.vacated", "booth/"),
    /** An entrance scan (or a lower limit) brought the people inside to the safe limit; entries are refused: {@link PavilionCrowd}. */
    PAVILION_FULL("pavilion.full", "pavilion/"),
    /** An exit (or a higher limit) brought a full pavilion below its safe limit; entries are admitted again: {@link PavilionCrowd}. */
    PAVILION_REOPENED("pavilion.reopened", "pavilion/"),
    /** The last seat of a session was reserved (or the capacity lowered to the seats taken): {@link SessionFull}. */
    SESSION_FULL("session.full", "session/"),
    /** A cancelled reservation (or a higher capacity) gave a full session a free seat: {@link SessionReopened}. */
    SESSION_REOPENED("session.reopened", "session/");

    private final String type;
    private final String subjectPrefix;

    PavilionEvent(String type, String subjectPrefix) {
        this.type = type;
        this.subjectPrefix = subjectPrefix;
    }

    public String type() {
        return type;
    }

    /** The subject of this event about the booth, pavilion (by code) or session (by id): its events stay in order. */
    public String subject(Object key) {
        return subjectPrefix + key;
    }

    /** Writes this event about the booth, pavilion or session {@code key}, in the caller's transaction. */
    public void publish(Events events, Object key, Object body) {
        events.publish(type, subject(key), body);
    }
}
