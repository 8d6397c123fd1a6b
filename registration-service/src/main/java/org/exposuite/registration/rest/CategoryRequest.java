package org.exposuite.registration.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What an organizer sends to create a registration category. */
public record CategoryRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_-]{0,31}", message = "must be 1-32 capital letters, digits, dashes or underscores, starting with a letter") String code,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 2000) String description,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity,
        boolean approvalRequired,
        boolean invitationOnly,
        Instant salesOpenAt,
        Instant salesCloseAt) {
}
