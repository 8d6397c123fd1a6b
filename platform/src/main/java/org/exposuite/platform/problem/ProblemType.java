package org.exposuite.platform.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/**
 * One kind of problem a service answers: a stable type URI, a human title and the HTTP status. Each service lists its
 * problems in one enum implementing this interface (its problem catalogue) and throws them with a detail:
 * {@code throw RegistrationProblem.CATEGORY_FULL.with("Category '%s' has no places left.", code);}
 */
public interface ProblemType {

    /** Every problem type URI of the suite starts with this. */
    String BASE_URI = "https://problems.expo-suite.org/";

    /** A problem type for a service's catalogue, e.g. {@code ProblemType.of("category-full", "Category full", 409)}. */
    static ProblemType of(String slug, String title, int status) {
        return new Definition(slug, title, status, title + ".");
    }

    /** A problem type whose detail never changes, thrown with {@link #problem()}. */
    static ProblemType of(String slug, String title, int status, String detail) {
        return new Definition(slug, title, status, detail);
    }

    /** The plain carrier of a catalogue entry. */
    record Definition(String slug, String title, int status, String detail) implements ProblemType {
    }

    /** The last part of the type URI, e.g. {@code category-full}. */
    String slug();

    String title();

    int status();

    /** The detail {@link #problem()} answers with. */
    String detail();

    default URI type() {
        return URI.create(BASE_URI + slug());
    }

    /** The problem with a detail for the caller, ready to throw; the detail is formatted like {@link String#format}. */
    default HttpProblem with(String detail, Object... arguments) {
        return builder(detail, arguments).build();
    }

    /** The problem with its usual detail, e.g. {@code orElseThrow(REGISTRATION_NOT_FOUND::problem)}. */
    default HttpProblem problem() {
        return with(detail());
    }

    /** A builder for a problem that carries more than a detail (extra members, headers). */
    default HttpProblem.Builder builder(String detail, Object... arguments) {
        return HttpProblem.builder()
                .withType(type())
                .withTitle(title())
                .withStatus(status())
                .withDetail(arguments.length == 0 ? detail : String.format(detail, arguments));
    }
}
