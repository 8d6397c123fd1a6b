package org.exposuite.registration.api;

import jakarta.validation.constraints.Size;

/** Why an organizer rejects or cancels a registration (required for a rejection). */
public record DecisionRequest(@Size(max = 1000) String reason) {
}
