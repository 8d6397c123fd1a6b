package org.exposuite.platform.webhook;

import java.time.Instant;

/** The new signing secret; the previous one keeps signing beside it until {@code previousSecretExpiresAt}. */
public record SecretRotated(String secret, Instant previousSecretExpiresAt) {
}
