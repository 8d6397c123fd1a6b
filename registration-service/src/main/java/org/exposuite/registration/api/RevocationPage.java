package org.exposuite.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Revoked badges after a cursor; ask again with nextCursor until more is false. */
public record RevocationPage(List<Revocation> revocations, long nextCursor, boolean more) {

    public record Revocation(UUID registrationId, Instant revokedAt) {
    }
}
