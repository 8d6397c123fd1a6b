package org.exposuite.pavilion.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What an organizer sends to create or change a pavilion. */
public record PavilionRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{0,15}", message = "must be 1-16 capital letters, digits or dashes, starting with a letter") String code,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 100) String theme,
        @NotBlank @Size(max = 50) String hall,
        @NotNull @Positive @Max(1_000_000) Integer areaM2,
        @NotNull @Positive @Max(1_000_000) Integer safeOccupancy) {
}
