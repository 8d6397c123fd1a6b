package org.exposuite.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organizer rejects a registration. */
public record Rejection(@NotBlank @Size(max = 1000) String reason) {
}
