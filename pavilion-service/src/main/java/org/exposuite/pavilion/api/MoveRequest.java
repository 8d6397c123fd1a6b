package org.exposuite.pavilion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Move an exhibitor from the booth it stands on to another, in one step. */
public record MoveRequest(
        @NotBlank @Size(max = 64) String exhibitorId,
        @NotBlank @Size(max = 20) String fromBooth,
        @NotBlank @Size(max = 20) String toBooth) {
}
