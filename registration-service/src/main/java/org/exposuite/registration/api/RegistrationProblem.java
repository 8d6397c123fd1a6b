package org.exposuite.registration.api;

import org.exposuite.platform.problem.ProblemType;

/**
 * Every problem registration-service answers. A problem that always says the same carries its detail here;
 * the others get theirs where they are thrown.
 */
public final class RegistrationProblem {

    // Categories and their places
    public static final ProblemType CATEGORY_NOT_FOUND = ProblemType.of("category-not-found", "Category not found", 404);
    public static final ProblemType CATEGORY_CODE_TAKEN = ProblemType.of("category-code-taken", "Category code already in use", 409);
    public static final ProblemType CAPACITY_BELOW_TAKEN = ProblemType.of("capacity-below-taken", "Capacity below places taken", 409);
    public static final ProblemType DAY_IN_USE = ProblemType.of("day-in-use", "Day in use", 409);
    public static final ProblemType INVALID_CATEGORY_DAYS = ProblemType.of("invalid-category-days", "Invalid category days", 422);
    public static final ProblemType INVITATION_CODE_TAKEN = ProblemType.of("invitation-code-taken", "Invitation code already exists", 409);

    // Registering
    public static final ProblemType UNKNOWN_CATEGORY = ProblemType.of("unknown-category", "Unknown category", 422);
    public static final ProblemType UNKNOWN_DAY = ProblemType.of("unknown-day", "Day not offered", 422);
    public static final ProblemType DAYS_REQUIRED = ProblemType.of("days-required", "Days required", 422);
    public static final ProblemType SALE_CLOSED = ProblemType.of("sale-closed", "Category not on sale", 409);
    public static final ProblemType CATEGORY_FULL = ProblemType.of("category-full", "Category full", 409);
    public static final ProblemType DAY_FULL = ProblemType.of("day-full", "Day full", 409);
    public static final ProblemType INVITATION_INVALID = ProblemType.of("invitation-invalid", "Invitation code required", 422);
    public static final ProblemType INVITATION_EXHAUSTED = ProblemType.of("invitation-exhausted", "Invitation code used up", 409);

    // One active registration per e-mail address; the answer says nothing about the existing one.
    public static final ProblemType ALREADY_REGISTERED = ProblemType.of("already-registered", "Already registered", 409,
            "An active registration exists for this e-mail address. Manage it with the secret you received, or cancel it first.");

    // A registration's life; "not yours" and "does not exist" answer alike
    public static final ProblemType REGISTRATION_NOT_FOUND = ProblemType.of("registration-not-found", "Registration not found", 404,
            "No registration matches.");
    public static final ProblemType REGISTRATION_STATE_CONFLICT = ProblemType.of("registration-state-conflict", "Not possible in this status", 409);
    public static final ProblemType BADGE_NOT_ISSUED = ProblemType.of("badge-not-issued", "No badge", 409);
    public static final ProblemType SCAN_TIME_IN_FUTURE = ProblemType.of("scan-time-in-future", "Scan time in the future", 422);

    // Waiting list
    public static final ProblemType WAITLIST_NOT_OFFERED = ProblemType.of("waitlist-not-offered", "No waiting list", 409);
    public static final ProblemType ALREADY_WAITING = ProblemType.of("already-waiting", "Already on the waiting list", 409,
            "This e-mail address already has a place on the waiting list of this category.");
    public static final ProblemType WAITLIST_ENTRY_NOT_FOUND = ProblemType.of("waitlist-entry-not-found", "Waiting list entry not found", 404,
            "No place on the waiting list matches.");
    public static final ProblemType OFFER_NOT_FOUND = ProblemType.of("offer-not-found", "Offer not found", 404,
            "No offer matches this token.");
    public static final ProblemType OFFER_NO_LONGER_VALID = ProblemType.of("offer-no-longer-valid", "Offer no longer valid", 410);

    // Exhibitor staff badges
    public static final ProblemType STAFF_CATEGORY_MISSING = ProblemType.of("staff-category-missing", "Staff category missing", 409);
    public static final ProblemType STAFF_ALLOWANCE_EXHAUSTED = ProblemType.of("staff-allowance-exhausted", "Staff allowance used up", 409);

    private RegistrationProblem() {
    }
}
