package org.exposuite.registration.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** exhibitor-service asks for a staff badge; the allowance it sends is the exhibitor's current one (by booth size). */
public record StaffMemberRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String exhibitorName,
        @NotNull @Min(0) @Max(1000) Integer allowance,
        @NotBlank @Size(max = 100) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String familyName,
        @NotBlank @Size(max = 100) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String givenName,
        @NotBlank @Size(max = 254) @Email(regexp = Formats.EMAIL) String email) {
}
