package org.exposuite.registration.rest;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body that is not JSON, or a field of the wrong type, answers 400 as a problem that names the field. */
public class JsonProblemMappers {

    static final URI MALFORMED = URI.create("https://problems.expo-suite.org/malformed-json");
    static final URI WRONG_TYPE = URI.create("https://problems.expo-suite.org/invalid-field-type");

    /** The JSON reader wraps a syntax error in a bare 400; other HTTP errors keep their status and headers (e.g. Allow). */
    @ServerExceptionMapper(priority = 1)
    public Response malformedInside(WebApplicationException e) {
        if (e.getCause() instanceof StreamReadException syntax) {
            return malformed(syntax);
        }
        Response original = e.getResponse();
        HttpProblem.Builder problem = HttpProblem.builder()
                .withTitle(original.getStatusInfo().getReasonPhrase())
                .withStatus(original.getStatus())
                .withDetail(e.getMessage());
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length") && !values.isEmpty()) {
                problem.withHeader(name, values.get(0));
            }
        });
        return withRequestId(problem).build().toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(StreamReadException e) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(MALFORMED)
                .withTitle("Malformed JSON")
                .withStatus(400)
                .withDetail(e.getLocation() == null ? "The request body is not valid JSON."
                        : "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        return withRequestId(problem).build().toResponse();
    }

    // Declared for the subtype too, so the problem extension's own mapper (which names Java classes) is not chosen.
    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e) {
        String field = fieldPath(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String message = "must be " + expected;
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(WRONG_TYPE)
                .withTitle("Bad Request")
                .withStatus(400)
                .withDetail("Field '" + field + "' " + message + ".")
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)));
        return withRequestId(problem).build().toResponse();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date such as 2018-05-26";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Instant.class) {
            return "an instant such as 2018-05-01T00:00:00Z";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static HttpProblem.Builder withRequestId(HttpProblem.Builder problem) {
        Object requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.with("requestId", requestId);
        }
        return problem;
    }
}
