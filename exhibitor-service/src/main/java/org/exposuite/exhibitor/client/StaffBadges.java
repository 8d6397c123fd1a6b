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
import org.exposuite.exhibitor.security.ServiceToken;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(StaffBadges.class);

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    ServiceToken serviceToken;

    /** Issues the person's badge, or returns the one already issued for the same exhibitor and e-mail. */
    @Fallback(fallbackMethod = "unavailableToIssue", skipOn = RefusedByService.class)
    public StaffBadge issue(String exhibitorId, StaffMemberPerson person) {
        try {
            StaffBadge badge = registration.issueStaffBadge(exhibitorId, serviceToken.authorization(), new StaffBadgeRequest(
                    person.exhibitorName(), person.allowance(), person.familyName(), person.givenName(), person.email()));
            if (badge == null || badge.registrationId() == null || badge.registrationId().isBlank()
                    || badge.registrationId().length() > 64) {
                throw ServiceUnavailable.registration("answered without a usable registration id");
            }
            return badge;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw switch (status) {
                case 409 -> RefusedByService.staffAllowanceExhausted(person.allowance());
                case 400, 422 -> RefusedByService.staffBadgeRefused(status);
                default -> answerOf(status);
            };
        } catch (ProcessingException e) {
            throw ServiceUnavailable.Unreachable.registration();
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
                throw answerOf(status);
            }
        } catch (ProcessingException e) {
            throw ServiceUnavailable.Unreachable.registration();
        }
    }

    // Fallbacks are private so that the class-level guards do not apply to them as well.
    private StaffBadge unavailableToIssue(String exhibitorId, StaffMemberPerson person, Exception failure) {
        throw unavailable(exhibitorId, failure);
    }

    private void unavailableToRevoke(String exhibitorId, String registrationId, Exception failure) {
        throw unavailable(exhibitorId, failure);
    }

    private static RuntimeException unavailable(String exhibitorId, Exception failure) {
        if (!(failure instanceof ServiceUnavailable)) {
            LOG.warnf("registration-service staff badge call for exhibitor %s failed: %s", exhibitorId, failure.toString());
        }
        return ServiceUnavailable.of(failure, ServiceUnavailable::registration);
    }

    private static RuntimeException answerOf(int status) {
        return switch (status) {
            case 401, 403 -> ServiceUnavailable.registration("refused this service's credentials (" + status + ")");
            default -> ServiceUnavailable.registration("answered " + status);
        };
    }
}
