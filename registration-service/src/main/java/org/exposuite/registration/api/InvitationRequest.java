package org.exposuite.registration.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An invitation code for an invitation-only category and how many registrations it admits. */
public record InvitationRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]{4,32}", message = "must be 4-32 letters, digits, dashes or underscores") String code,
        @NotNull @Min(1) @Max(100_000) Integer uses) {
}
