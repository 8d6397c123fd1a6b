package org.exposuite.exhibitor.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A scanned badge, with the exhibitor's rating of the visitor and notes. */
public record LeadRequest(
        @NotBlank @Size(max = 4096) String badgeToken,
        @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String notes) {
}
