package org.exposuite.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A missing or invalid bearer token answers 401 as a problem, with the Bearer challenge. */
public class SecurityProblemMappers {

    static final URI UNAUTHORIZED = URI.create("https://problems.expo-suite.org/unauthorized");

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    private static Response unauthorized() {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withStatus(401)
                .withDetail("This operation needs a valid bearer token.")
                .withHeader("WWW-Authenticate", "Bearer");
        Object requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.with("requestId", requestId);
        }
        return problem.build().toResponse();
    }
}
