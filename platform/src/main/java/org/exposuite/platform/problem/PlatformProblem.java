package org.exposuite.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;

/** The problems every service answers alike, beyond its own catalogue: the database, concurrent changes, the body. */
public final class PlatformProblem {

    public static final ProblemType SERVICE_UNAVAILABLE = ProblemType.of("service-unavailable", "Service unavailable", 503,
            "The service cannot reach its database right now; nothing was changed. Try again after the time in Retry-After.");
    public static final ProblemType CONCURRENT_CHANGE = ProblemType.of("concurrent-change", "Concurrent change", 409,
            "Someone else changed the same record at the same moment and that change was kept; nothing of this request was "
                    + "stored. Read the record again and repeat the change if it still applies.");
    public static final ProblemType BODY_REQUIRED = ProblemType.of("body-required", "Body required", 400,
            "This operation needs a JSON object as its request body.");

    private PlatformProblem() {
    }

    /** A problem answered by a mapper of the platform, with the request id any problem carries. */
    static Response answer(HttpProblem.Builder problem) {
        Object requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.with("requestId", requestId);
        }
        return problem.build().toResponse();
    }
}
