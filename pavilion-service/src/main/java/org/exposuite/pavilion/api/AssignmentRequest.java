package org.exposuite.pavilion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The exhibitor who gets a booth, with the name shown on the floor plan. */
public record AssignmentRequest(
        @NotBlank @Size(max = 64) String exhibitorId,
        @NotBlank @Size(max = 200) String exhibitorName) {
}
