package org.exposuite.platform.secret;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Optional;
import org.exposuite.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that answers a refused caller. On a self-service endpoint (one whose {@code @RolesAllowed} names a
 * realm's role) every refusal, whatever was or was not sent, is the realm's uniform answer. Elsewhere a missing or
 * invalid credential answers 401 with the Bearer challenge, and so does a self-service secret, which is no token for
 * those endpoints; a valid token lacking the role answers 403.
 */
public class SecurityProblemMappers {

    static final URI UNAUTHORIZED = URI.create(ProblemType.BASE_URI + "unauthorized");

    @Inject
    SelfServiceRealms realms;

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, ResourceInfo resource, HttpHeaders headers, UriInfo uri) {
        return answer(refusal(resource, headers).orElseGet(SecurityProblemMappers::unauthorized), e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, ResourceInfo resource, HttpHeaders headers, UriInfo uri) {
        return answer(refusal(resource, headers).orElseGet(SecurityProblemMappers::unauthorized), e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, ResourceInfo resource, HttpHeaders headers, UriInfo uri,
                              ContainerRequestContext request) {
        HttpProblem problem = refusal(resource, headers).orElseGet(() ->
                request.getSecurityContext().getUserPrincipal() instanceof SelfServicePrincipal
                        ? unauthorized()
                        : HttpProblem.valueOf(Response.Status.FORBIDDEN, e.getMessage()));
        return answer(problem, e, uri);
    }

    /** The realm's uniform answer when the endpoint belongs to a self-service realm. */
    private Optional<HttpProblem> refusal(ResourceInfo resource, HttpHeaders headers) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return Optional.empty();
        }
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean credentialSent = authorization != null && !authorization.isBlank();
        return realms.ofRoles(allowed.value()).map(realm -> realm.refusal(credentialSent));
    }

    private static HttpProblem unauthorized() {
        return HttpProblem.builder()
                .withType(UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withStatus(401)
                .withDetail("This operation needs a valid bearer token.")
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    /** Rendered like any thrown problem: the request's path as instance and its request id. */
    private static Response answer(HttpProblem problem, Throwable cause, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(cause, uri)).toResponse();
    }
}
