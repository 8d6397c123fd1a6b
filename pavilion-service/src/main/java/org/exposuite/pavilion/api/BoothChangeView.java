package org.exposuite.pavilion.api;

import java.time.OffsetDateTime;

/** One recorded change of a booth, for the organizers' audit. */
public record BoothChangeView(
        OffsetDateTime changedAt,
        String changedBy,
        String action,
        String fromStatus,
        String toStatus,
        String exhibitorId,
        String exhibitorName) {
}
