package org.exposuite.exhibitor.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;

/** The scanned badge is malformed, forged, expired or not issued by the expo's registration. */
public class BadgeInvalidException extends HttpProblem {

    public static final URI TYPE = URI.create("https://problems.expo-suite.org/badge-invalid");

    /** Why the badge was refused, as a stable word a scanner app can act on. */
    public enum Reason {
        MALFORMED("malformed"), ALGORITHM("algorithm"), UNKNOWN_KEY("unknown-key"), SIGNATURE("signature"),
        ISSUER("issuer"), EXPIRED("expired"), CLAIMS("claims");

        final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    public BadgeInvalidException(Reason reason, String detail) {
        super(builder()
                .withType(TYPE)
                .withTitle("Badge invalid")
                .withStatus(422)
                .withDetail(detail)
                .with("reason", reason.code));
    }
}
