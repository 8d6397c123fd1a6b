package org.exposuite.exhibitor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organizer rejects an application and says why; the company reads the reason. */
public record RejectionRequest(@NotBlank @Size(max = 1000) String reason) {
}
