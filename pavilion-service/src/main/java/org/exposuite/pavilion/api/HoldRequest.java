package org.exposuite.pavilion.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organizer keeps a booth for an exhibitor for some minutes; then it is free again by itself. */
public record HoldRequest(
        @NotBlank @Size(max = 64) String exhibitorId,
        @Size(max = 200) String exhibitorName,
        @NotNull @Min(1) @Max(20_160) Integer minutes) {
}
