package org.exposuite.platform.badge;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.Locale;
import org.exposuite.platform.problem.ProblemType;

/** The badge is malformed, forged, expired or not issued by the expo's registration; {@code reason} says which. */
public class BadgeInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create(ProblemType.BASE_URI + "badge-invalid");

    /** Why the badge was refused, as a stable word a scanner app can act on (the problem's {@code reason}). */
    public enum Reason {
        MALFORMED, ALGORITHM, UNKNOWN_KEY, SIGNATURE, ISSUER, EXPIRED, NOT_YET_VALID, CLAIMS;

        /** The name in lower case with hyphens, e.g. {@code unknown-key}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    /** A badge scanned as data (a lead, a gate scan) was refused: 422. */
    public BadgeInvalidException(Reason reason, String detail) {
        this(reason, detail, false);
    }

    private BadgeInvalidException(Reason reason, String detail, boolean credential) {
        super(answer(reason, detail, credential));
        this.reason = reason;
    }

    /** A badge presented as the attendee's credential was refused: 401 with a {@code WWW-Authenticate: Badge} challenge. */
    public static BadgeInvalidException asCredential(Reason reason, String detail) {
        return new BadgeInvalidException(reason, detail, true);
    }

    /** The same refusal, answered as for a credential. */
    public BadgeInvalidException asCredential() {
        return asCredential(reason, getDetail());
    }

    public Reason reason() {
        return reason;
    }

    private static Builder answer(Reason reason, String detail, boolean credential) {
        Builder answer = builder()
                .withType(TYPE)
                .withTitle("Badge invalid")
                .withStatus(credential ? 401 : 422)
                .withDetail(detail)
                .with("reason", reason.code());
        return credential ? answer.withHeader("WWW-Authenticate", "Badge") : answer;
    }
}
