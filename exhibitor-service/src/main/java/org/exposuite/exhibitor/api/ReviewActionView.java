package org.exposuite.exhibitor.api;

import java.time.Instant;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.domain.ReviewAction;

/** One recorded step of an application: who, when, what, from which state to which, and why. */
public record ReviewActionView(
        ReviewAction.Action action,
        String actor,
        Exhibitor.State fromState,
        Exhibitor.State toState,
        String boothCode,
        String reason,
        Instant actedAt) {
}
