package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.security.ServiceToken;
import org.exposuite.platform.problem.ProblemType;

/** The other service did not answer in time, is failing, or its circuit is open; nothing was changed here. */
public class ServiceUnavailable extends HttpProblem {

    static final int RETRY_AFTER_SECONDS = 10;

    ServiceUnavailable(ProblemType problem, String what, String service, String reason) {
        super(problem.builder("%s could not be changed because %s %s. Nothing was changed; try again shortly.", what, service, reason)
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }

    static ServiceUnavailable pavilion(String reason) {
        return new ServiceUnavailable(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE, "The booth", "pavilion-service", reason);
    }

    static ServiceUnavailable registration(String reason) {
        return new ServiceUnavailable(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE, "The staff badge", "registration-service", reason);
    }

    /** What a fallback answers for a failure of the fault-tolerance layer or of the call itself. */
    static RuntimeException of(Exception failure, java.util.function.Function<String, ServiceUnavailable> service) {
        if (failure instanceof ServiceUnavailable known) {
            return known;
        }
        if (failure instanceof ServiceToken.NotIssued) {
            return service.apply("was not called: the identity provider issued no token for this service");
        }
        if (failure instanceof TimeoutException) {
            return service.apply("did not answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return service.apply("failed repeatedly and is given time to recover");
        }
        return service.apply("failed");
    }

    /** No connection at all: the one failure worth an immediate retry of an idempotent call. */
    static class Unreachable extends ServiceUnavailable {

        Unreachable(ProblemType problem, String what, String service) {
            super(problem, what, service, "cannot be reached");
        }

        static Unreachable pavilion() {
            return new Unreachable(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE, "The booth", "pavilion-service");
        }

        static Unreachable registration() {
            return new Unreachable(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE, "The staff badge", "registration-service");
        }
    }
}
