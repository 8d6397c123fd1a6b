package org.exposuite.exhibitor.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.problem.ProblemType;

/** The problem catalogue: every problem exhibitor-service answers beyond the platform's own (validation, security, malformed requests). */
public enum ExhibitorProblem implements ProblemType {
    APPLICATION_NOT_FOUND("application-not-found", "Application not found", 404, "No exhibitor application matches this request."),
    APPLICATION_NOT_EDITABLE("application-not-editable", "Application cannot be changed", 409),
    INVALID_TRANSITION("invalid-transition", "Transition not allowed", 409),
    EXHIBITOR_NOT_FOUND("exhibitor-not-found", "Exhibitor not found", 404, "No approved exhibitor with this id is in the directory."),
    EXHIBITOR_NOT_APPROVED("exhibitor-not-approved", "Exhibitor not approved", 409),
    PRODUCT_NOT_FOUND("product-not-found", "Product not found", 404, "No product with this id belongs to your exhibitor profile."),
    STAFF_MEMBER_NOT_FOUND("staff-member-not-found", "Staff member not found", 404, "You have no staff member with this id."),
    STAFF_MEMBER_BUSY("staff-member-busy", "Staff member busy", 409),
    STAFF_ALLOWANCE_EXHAUSTED("staff-allowance-exhausted", "Staff allowance exhausted", 409),
    STAFF_BADGE_REFUSED("staff-badge-refused", "Staff badge refused", 422),
    BOOTH_NOT_FOUND("booth-not-found", "Booth not found", 422),
    BOOTH_TAKEN("booth-taken", "Booth already taken", 409),
    PAVILION_SERVICE_UNAVAILABLE("pavilion-service-unavailable", "Pavilion service unavailable", 503),
    REGISTRATION_SERVICE_UNAVAILABLE("registration-service-unavailable", "Registration service unavailable", 503);

    private final String slug;
    private final String title;
    private final int status;
    private final String detail;

    ExhibitorProblem(String slug, String title, int status) {
        this(slug, title, status, title + ".");
    }

    ExhibitorProblem(String slug, String title, int status, String detail) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public static HttpProblem notEditable(Exhibitor.State current, String what) {
        return APPLICATION_NOT_EDITABLE.builder("%s is not possible while the application is %s.", what, current)
                .with("currentState", current.name()).build();
    }

    public static HttpProblem notApproved(Exhibitor.State current, String what) {
        return EXHIBITOR_NOT_APPROVED.builder("%s is possible only for an approved exhibitor; the application is %s.", what, current)
                .with("currentState", current.name()).build();
    }

    public static HttpProblem invalidTransition(Exhibitor.State current, Exhibitor.State requested) {
        return INVALID_TRANSITION.builder("An application in state %s cannot become %s.", current, requested)
                .with("currentState", current.name()).with("requestedState", requested.name()).build();
    }

    /** The problem with its usual detail, e.g. {@code orElseThrow(APPLICATION_NOT_FOUND::problem)}. */
    public HttpProblem problem() {
        return with(detail);
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
}
