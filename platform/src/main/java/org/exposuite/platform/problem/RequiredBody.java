package org.exposuite.platform.problem;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An operation whose body is {@code @NotNull} answers 400 {@code body-required} when none was sent: no body at all,
 * an empty one, or the JSON {@code null}. An operation whose body is optional reads those as no body.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER) // bodies this service reads, never the answers its clients read from others
public class RequiredBody implements ReaderInterceptor {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** A request without a body needs no content type: it is read as empty JSON instead of being refused with 415. */
    @ServerRequestFilter(preMatching = true)
    public void readNothingAsEmptyJson(ContainerRequestContext request) {
        // the raw header: a blank or garbled one is the framework's to refuse, and parsing it here would fail the request
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (WITH_BODY.contains(request.getMethod()) && (contentType == null || contentType.isBlank()) && !hasBody(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null && required(context.getAnnotations())) {
            throw PlatformProblem.BODY_REQUIRED.problem();
        }
        return body;
    }

    private static boolean required(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(NotNull.class::isInstance);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }
}
