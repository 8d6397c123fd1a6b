package org.exposuite.exhibitor.client;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * Booth assignments in pavilion-service, guarded: every call ends within the timeout, a failing
 * pavilion-service opens the circuit so callers fail fast, and both calls are idempotent, so a lost
 * connection is retried once. Timeouts and error answers are not retried. The numbers are in application.properties.
 * A call that got no service token never reached pavilion-service, so it does not count against its circuit.
 */
@Startup
@ApplicationScoped
@Timeout
@CircuitBreaker(skipOn = {RefusedByService.class, ServiceToken.NotIssued.class})
@Retry(retryOn = ServiceUnavailable.Unreachable.class, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
public class PavilionBooths {

    @Inject
    @RestClient
    PavilionClient pavilion;

    @Inject
    ServiceToken serviceToken;

    /** How long a call may take (the @Timeout above); the booth is not assigned once it has passed. */
    @ConfigProperty(name = "org.exposuite.exhibitor.client.PavilionBooths/Timeout/value", defaultValue = "1000")
    long timeoutMillis;

    /**
     * Makes the exhibitor the booth's owner of record; the same exhibitor again is no change. The call carries the
     * moment this service stops waiting, so a hung pavilion-service that reads it later does not assign the booth to
     * an exhibitor whose approval already failed.
     */
    @Fallback(fallbackMethod = "unavailable", skipOn = RefusedByService.class)
    public BoothView assign(String boothCode, String exhibitorId, String exhibitorName) {
        // the real clock, not the expo's (which may stand still on a demo day): pavilion-service compares it with its own
        String deadline = Instant.now().plusMillis(timeoutMillis).toString();
        try {
            return pavilion.assign(boothCode, serviceToken.authorization(), deadline, new BoothAssignment(exhibitorId, exhibitorName));
        } catch (WebApplicationException e) {
            throw answerOf(e.getResponse().getStatus(), boothCode);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable.Unreachable(Service.PAVILION);
        }
    }

    /** Frees the booth if this exhibitor has it; already free is no change. */
    @Fallback(fallbackMethod = "unavailableToVacate", skipOn = RefusedByService.class)
    public void vacate(String boothCode, String exhibitorId) {
        try {
            pavilion.vacate(boothCode, exhibitorId, serviceToken.authorization());
        } catch (WebApplicationException e) {
            throw answerOf(e.getResponse().getStatus(), boothCode);
        } catch (ProcessingException e) {
            throw new ServiceUnavailable.Unreachable(Service.PAVILION);
        }
    }

    // Fallbacks are private so that the class-level guards do not apply to them as well.
    private BoothView unavailable(String boothCode, String exhibitorId, String exhibitorName, Exception failure) {
        throw ServiceUnavailable.of(failure, Service.PAVILION, "booth " + boothCode);
    }

    private void unavailableToVacate(String boothCode, String exhibitorId, Exception failure) {
        throw ServiceUnavailable.of(failure, Service.PAVILION, "booth " + boothCode);
    }

    private static RuntimeException answerOf(int status, String boothCode) {
        return switch (status) {
            case 409 -> RefusedByService.boothTaken(boothCode);
            case 404 -> RefusedByService.boothNotFound(boothCode);
            default -> ServiceUnavailable.answered(Service.PAVILION, status);
        };
    }
}
