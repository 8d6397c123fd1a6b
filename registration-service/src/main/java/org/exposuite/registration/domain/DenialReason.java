package org.exposuite.registration.domain;

/** Why a gate refuses a badge, in the order the checks run. */
public enum DenialReason {
    /** Not a badge token, or signed by us for a registration that does not exist. */
    UNKNOWN_BADGE,
    /** Altered, signed by a key that was never published, or issued by someone else. */
    BAD_SIGNATURE,
    EXPIRED,
    /** Cancelled, rejected, erased or a staff badge withdrawn. */
    REVOKED,
    PENDING_APPROVAL,
    /** Valid, but not for the day of the scan (in the expo's time zone). */
    NOT_VALID_TODAY,
    /** Entering again without having left. */
    ALREADY_INSIDE,
    /** Leaving without having entered. */
    NOT_INSIDE
}
