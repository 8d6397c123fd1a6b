package org.exposuite.registration.domain;

/** Where a place in line stands; only an offered one holds places in the category. */
public enum WaitlistStatus {
    WAITING, OFFERED, ACCEPTED, EXPIRED, LEFT
}
