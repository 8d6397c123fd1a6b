package org.exposuite.exhibitor.client;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.exposuite.exhibitor.client.ServiceUnavailable.Service;
import org.exposuite.exhibitor.security.ServiceToken;
import org.jboss.logging.Logger;

/**
 * The contact a scanned visitor shares with exhibitors. Registration-service answers 404 both for "not shared"
 * and "unknown", which is an answer, not a failure. Asked after the scan has answered; a failing or slow
 * registration-service makes the lookup report itself unanswered, and the lead's contact stays pending.
 */
@Startup
@ApplicationScoped
public class SharedContacts {

    private static final Logger LOG = Logger.getLogger(SharedContacts.class);

    /** What registration-service said about a visitor's contact. */
    public record Lookup(boolean answered, Optional<SharedContact> contact) {

        static final Lookup NOT_SHARED = new Lookup(true, Optional.empty());
        static final Lookup UNANSWERED = new Lookup(false, Optional.empty());
    }

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    ServiceToken serviceToken;

    @Timeout
    @CircuitBreaker
    @Retry(retryOn = ServiceUnavailable.Unreachable.class, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @Fallback(fallbackMethod = "unanswered")
    public Lookup lookup(String registrationId) {
        try {
            return new Lookup(true, Optional.ofNullable(registration.sharedContact(registrationId, serviceToken.authorization())));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Lookup.NOT_SHARED;
            }
            throw ServiceUnavailable.answered(Service.REGISTRATION, status);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable.Unreachable(Service.REGISTRATION);
        }
    }

    private Lookup unanswered(String registrationId, Exception failure) {
        LOG.warnf("shared contact of registration %s could not be asked for: %s", registrationId, failure.toString());
        return Lookup.UNANSWERED;
    }
}
