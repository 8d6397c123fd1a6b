package org.exposuite.exhibitor.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.security.ServiceToken;
import org.exposuite.platform.problem.ProblemType;
import org.jboss.logging.Logger;

/** The other service did not answer in time, is failing, or its circuit is open; nothing was changed here. */
public class ServiceUnavailable extends HttpProblem {

    static final int RETRY_AFTER_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ServiceUnavailable.class);

    /** A service this one calls: the problem its absence answers, and what then stays unchanged. */
    record Service(ProblemType problem, String what, String host) {

        static final Service PAVILION = new Service(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE, "The booth", "pavilion-service");
        static final Service REGISTRATION = new Service(ExhibitorProblem.REGISTRATION_SERVICE_UNAVAILABLE, "The staff badge",
                "registration-service");
    }

    ServiceUnavailable(Service service, String reason) {
        super(service.problem().builder("%s could not be changed because %s %s. Nothing was changed; try again shortly.",
                service.what(), service.host(), reason).withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }

    /** An error answer that is no refusal of the request itself. */
    static ServiceUnavailable answered(Service service, int status) {
        return new ServiceUnavailable(service, status == 401 || status == 403
                ? "refused this service's credentials (" + status + ")" : "answered " + status);
    }

    /** What a fallback answers for a failure of the fault-tolerance layer or of the call itself about {@code subject}. */
    static RuntimeException of(Exception failure, Service service, String subject) {
        if (failure instanceof ServiceUnavailable known) {
            return known;
        }
        LOG.warnf("%s call about %s failed: %s", service.host(), subject, failure.toString());
        if (failure instanceof ServiceToken.NotIssued) {
            return new ServiceUnavailable(service, "was not called: the identity provider issued no token for this service");
        }
        if (failure instanceof TimeoutException) {
            return new ServiceUnavailable(service, "did not answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new ServiceUnavailable(service, "failed repeatedly and is given time to recover");
        }
        return new ServiceUnavailable(service, "failed");
    }

    /** No connection at all: the one failure worth an immediate retry of an idempotent call. */
    static class Unreachable extends ServiceUnavailable {

        Unreachable(Service service) {
            super(service, "cannot be reached");
        }
    }
}
