package org.exposuite.registration.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands; only active ones hold places. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, REJECTED, CANCELLED, ERASED;

    public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(PENDING, CONFIRMED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
