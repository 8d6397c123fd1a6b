package org.exposuite.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not JSON, an unknown field or a field of the wrong type answers 400 as a problem that names the field
 * and says what it must be, in words a client understands: never a Java type.
 */
public class JsonProblemMappers {

    static final URI MALFORMED = URI.create("https://problems.expo-suite.org/malformed-json");
    static final URI WRONG_TYPE = URI.create("https://problems.expo-suite.org/invalid-field-type");
    static final URI UNKNOWN_FIELD = URI.create("https://problems.expo-suite.org/unknown-field");
    /** What a value of these types must be, in a client's words. */
    private static final Map<Class<?>, String> WORDS = Map.of(
            LocalDate.class, "a date such as 2018-05-26",
            Instant.class, "an instant such as 2018-05-01T00:00:00Z",
            OffsetDateTime.class, "an instant such as 2018-05-01T00:00:00Z",
            LocalTime.class, "a time of day such as 09:30",
            UUID.class, "a UUID",
            Boolean.class, "true or false",
            boolean.class, "true or false",
            String.class, "a string",
            Character.class, "a string",
            char.class, "a string");

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
        return PlatformProblem.answer(problem);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(StreamReadException e) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(MALFORMED)
                .withTitle("Malformed JSON")
                .withStatus(400)
                .withDetail(e.getLocation() == null ? "The request body is not valid JSON."
                        : "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        return PlatformProblem.answer(problem);
    }

    // Declared for the subtype too, so the problem extension's own mapper (which names Java classes) is not chosen.
    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException e) {
        return wrongType(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e.getPath().isEmpty() && e.getTargetType() != null && !isList(e.getTargetType())) {
            return notAnObject(e);
        }
        if (e instanceof InvalidFormatException wrong && wrong.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            return fieldProblem(WRONG_TYPE, fieldPath(e), NulFreeText.MESSAGE);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return fieldProblem(WRONG_TYPE, fieldPath(e), "must be " + expected);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e) {
        return fieldProblem(UNKNOWN_FIELD, fieldPath(e), "is not a field of this request");
    }

    /** The whole body has the wrong shape (an array, a string, a number where an object belongs): there is no field to name. */
    private static Response notAnObject(MismatchedInputException e) {
        JsonToken sent = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        String what = sent == null ? "something else" : switch (sent) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> "something else";
        };
        HttpProblem.Builder problem = PlatformProblem.BODY_REQUIRED.builder("The request body must be a JSON object; it is %s.", what);
        return PlatformProblem.answer(problem);
    }

    private static boolean isList(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray();
    }

    private static Response fieldProblem(URI type, String field, String message) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(type)
                .withTitle("Bad Request")
                .withStatus(400)
                .withDetail("Field '" + field + "' " + message + ".")
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)));
        return PlatformProblem.answer(problem);
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
        String word = WORDS.get(type);
        if (word != null) {
            return word;
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (isList(type)) {
            return "a list";
        }
        // records and maps: the JSON word, never the Java class's name
        return Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number" : "an object";
    }
}
