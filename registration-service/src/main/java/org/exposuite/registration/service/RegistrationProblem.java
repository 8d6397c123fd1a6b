package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Objects;
import org.exposuite.platform.problem.ProblemType;

/**
 * Every problem registration-service answers. A problem that always says the same carries its detail here;
 * the others get theirs where they are thrown.
 */
public enum RegistrationProblem implements ProblemType {

    // Categories and their places
    CATEGORY_NOT_FOUND("category-not-found", "Category not found", 404),
    CATEGORY_CODE_TAKEN("category-code-taken", "Category code already in use", 409),
    CAPACITY_BELOW_TAKEN("capacity-below-taken", "Capacity below places taken", 409),
    DAY_IN_USE("day-in-use", "Day in use", 409),
    INVALID_CATEGORY_DAYS("invalid-category-days", "Invalid category days", 422),
    INVITATION_CODE_TAKEN("invitation-code-taken", "Invitation code already exists", 409),

    // Registering
    UNKNOWN_CATEGORY("unknown-category", "Unknown category", 422),
    UNKNOWN_DAY("unknown-day", "Day not offered", 422),
    DAYS_REQUIRED("days-required", "Days required", 422),
    SALE_CLOSED("sale-closed", "Category not on sale", 409),
    CATEGORY_FULL("category-full", "Category full", 409),
    DAY_FULL("day-full", "Day full", 409),
    INVITATION_INVALID("invitation-invalid", "Invitation code required", 422),
    INVITATION_EXHAUSTED("invitation-exhausted", "Invitation code used up", 409),
    // One active registration per e-mail address; the answer says nothing about the existing one.
    ALREADY_REGISTERED("already-registered", "Already registered", 409,
            "An active registration exists for this e-mail address. Manage it with the secret you received, or cancel it first."),

    // A registration's life; "not yours" and "does not exist" answer alike
    REGISTRATION_NOT_FOUND("registration-not-found", "Registration not found", 404, "No registration matches."),
    REGISTRATION_STATE_CONFLICT("registration-state-conflict", "Not possible in this status", 409),
    BADGE_NOT_ISSUED("badge-not-issued", "No badge", 409),
    SCAN_TIME_IN_FUTURE("scan-time-in-future", "Scan time in the future", 422),

    // Waiting list
    WAITLIST_NOT_OFFERED("waitlist-not-offered", "No waiting list", 409),
    ALREADY_WAITING("already-waiting", "Already on the waiting list", 409,
            "This e-mail address already has a place on the waiting list of this category."),
    WAITLIST_ENTRY_NOT_FOUND("waitlist-entry-not-found", "Waiting list entry not found", 404, "No place on the waiting list matches."),
    OFFER_NOT_FOUND("offer-not-found", "Offer not found", 404, "No offer matches this token."),
    OFFER_NO_LONGER_VALID("offer-no-longer-valid", "Offer no longer valid", 410),

    // Exhibitor staff badges
    STAFF_CATEGORY_MISSING("staff-category-missing", "Staff category missing", 409),
    STAFF_ALLOWANCE_EXHAUSTED("staff-allowance-exhausted", "Staff allowance used up", 409);

    private final String slug;
    private final String title;
    private final int status;
    private final String detail;

    RegistrationProblem(String slug, String title, int status) {
        this(slug, title, status, null);
    }

    RegistrationProblem(String slug, String title, int status, String detail) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int status() {
        return status;
    }

    /** The problem with the detail it always carries, ready to throw. */
    public HttpProblem problem() {
        return with(Objects.requireNonNull(detail, () -> name() + " takes its detail where it is thrown"));
    }
}
