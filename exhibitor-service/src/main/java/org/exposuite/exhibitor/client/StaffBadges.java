package org.exposuite.exhibitor.client;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.exposuite.exhibitor.client.ServiceUnavailable.Service;
import org.exposuite.exhibitor.security.ServiceToken;

/**
 * Exhibitor-staff badges in registration-service, guarded like the booth calls: every call ends within the
 * timeout, a failing registration-service opens the circuit, and since issuing is idempotent per exhibitor and
 * e-mail and revoking is idempotent too, a lost connection is retried once (values in application.properties).
 * A call that got no service token never reached registration-service, so it does not count against its circuit.
 */
@Startup
@ApplicationScoped
@Timeout
@CircuitBreaker(skipOn = {RefusedByService.class, ServiceToken.NotIssued.class})
@Retry(retryOn = ServiceUnavailable.Unreachable.class, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
public class StaffBadges {

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    ServiceToken serviceToken;

    /** Issues the person's badge, or returns the one already issued for the same exhibitor and e-mail. */
    @Fallback(fallbackMethod = "unavailableToIssue", skipOn = RefusedByService.class)
    public StaffBadge issue(String exhibitorId, StaffBadgeRequest person) {
        try {
            StaffBadge badge = registration.issueStaffBadge(exhibitorId, serviceToken.authorization(), person);
            if (badge == null || badge.registrationId() == null || badge.registrationId().isBlank()
                    || badge.registrationId().length() > 64) {
                throw new ServiceUnavailable(Service.REGISTRATION, "answered without a usable registration id");
            }
            return badge;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw switch (status) {
                case 409 -> RefusedByService.staffAllowanceExhausted(person.allowance());
                case 400, 422 -> RefusedByService.staffBadgeRefused(status);
                default -> ServiceUnavailable.answered(Service.REGISTRATION, status);
            };
        } catch (ProcessingException e) {
            throw new ServiceUnavailable.Unreachable(Service.REGISTRATION);
        }
    }

    /** Revokes the badge; a badge registration-service no longer knows counts as revoked. */
    @Fallback(fallbackMethod = "unavailableToRevoke")
    public void revoke(String exhibitorId, String registrationId) {
        try {
            registration.revokeStaffBadge(exhibitorId, registrationId, serviceToken.authorization());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status != 404 && status != 410) {
                throw ServiceUnavailable.answered(Service.REGISTRATION, status);
            }
        } catch (ProcessingException e) {
            throw new ServiceUnavailable.Unreachable(Service.REGISTRATION);
        }
    }

    // Fallbacks are private so that the class-level guards do not apply to them as well.
    private StaffBadge unavailableToIssue(String exhibitorId, StaffBadgeRequest person, Exception failure) {
        throw ServiceUnavailable.of(failure, Service.REGISTRATION, "staff badges of exhibitor " + exhibitorId);
    }

    private void unavailableToRevoke(String exhibitorId, String registrationId, Exception failure) {
        throw ServiceUnavailable.of(failure, Service.REGISTRATION, "staff badges of exhibitor " + exhibitorId);
    }
}
