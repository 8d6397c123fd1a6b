package org.exposuite.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.exposuite.registration.domain.DenialReason;
import org.exposuite.registration.domain.GateDecision;
import org.exposuite.registration.domain.GateDirection;

/** The gate's decision on one scan; who was admitted, so the gate staff can compare the face with the name. */
public record CheckinResult(
        String nonce,
        GateDecision decision,
        DenialReason reason,
        String gate,
        GateDirection direction,
        LocalDate day,
        Instant scannedAt,
        Holder registration,
        boolean replayed) {

    /** The badge holder, shown only when admitted. */
    public record Holder(UUID id, String familyName, String givenName, String latinName, String organization,
                         String category, String categoryNameEn, String categoryNameZh) {
    }
}
