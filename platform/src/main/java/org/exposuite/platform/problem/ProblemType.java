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

    /** The last part of the type URI, e.g. {@code category-full}. */
    String slug();

    String title();

    int status();

    default URI type() {
        return URI.create(BASE_URI + slug());
    }

    /** The problem with a detail for the caller, ready to throw; the detail is formatted like {@link String#format}. */
    default HttpProblem with(String detail, Object... arguments) {
        return builder(detail, arguments).build();
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
