package org.exposuite.exhibitor.api;

import java.util.UUID;
import org.exposuite.exhibitor.domain.Exhibitor;

/** The answer to a new application: the secret appears here once and is never shown again. */
public record ApplicationCreated(UUID id, Exhibitor.State state, String secret) {
}
