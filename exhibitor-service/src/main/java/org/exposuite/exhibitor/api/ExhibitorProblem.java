package org.exposuite.exhibitor.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.problem.ProblemType;

/** The problem catalogue: every problem exhibitor-service answers beyond the platform's own (validation, security, malformed requests). */
public final class ExhibitorProblem {

    public static final ProblemType APPLICATION_NOT_FOUND = ProblemType.of("application-not-found", "Application not found", 404,
            "No exhibitor application matches this request.");
    public static final ProblemType SECRET_REQUIRED = ProblemType.of("secret-required", "Secret required", 401,
            "Send the secret you received with your application as 'Authorization: Bearer ex_…'.");
    public static final ProblemType APPLICATION_NOT_EDITABLE = ProblemType.of("application-not-editable", "Application cannot be changed", 409);
    public static final ProblemType INVALID_TRANSITION = ProblemType.of("invalid-transition", "Transition not allowed", 409);
    public static final ProblemType EXHIBITOR_NOT_FOUND = ProblemType.of("exhibitor-not-found", "Exhibitor not found", 404,
            "No approved exhibitor with this id is in the directory.");
    public static final ProblemType EXHIBITOR_NOT_APPROVED = ProblemType.of("exhibitor-not-approved", "Exhibitor not approved", 409);
    public static final ProblemType PRODUCT_NOT_FOUND = ProblemType.of("product-not-found", "Product not found", 404,
            "No product with this id belongs to your exhibitor profile.");
    public static final ProblemType STAFF_MEMBER_NOT_FOUND = ProblemType.of("staff-member-not-found", "Staff member not found", 404,
            "You have no staff member with this id.");
    public static final ProblemType STAFF_MEMBER_BUSY = ProblemType.of("staff-member-busy", "Staff member busy", 409);
    public static final ProblemType STAFF_ALLOWANCE_EXHAUSTED = ProblemType.of("staff-allowance-exhausted", "Staff allowance exhausted", 409);
    public static final ProblemType STAFF_BADGE_REFUSED = ProblemType.of("staff-badge-refused", "Staff badge refused", 422);
    public static final ProblemType BOOTH_NOT_FOUND = ProblemType.of("booth-not-found", "Booth not found", 422);
    public static final ProblemType BOOTH_TAKEN = ProblemType.of("booth-taken", "Booth already taken", 409);
    public static final ProblemType PAVILION_SERVICE_UNAVAILABLE = ProblemType.of("pavilion-service-unavailable", "Pavilion service unavailable", 503);
    public static final ProblemType REGISTRATION_SERVICE_UNAVAILABLE = ProblemType.of("registration-service-unavailable", "Registration service unavailable", 503);

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

    private ExhibitorProblem() {
    }
}
