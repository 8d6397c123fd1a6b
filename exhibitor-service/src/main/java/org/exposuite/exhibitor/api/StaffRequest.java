package org.exposuite.exhibitor.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person the exhibitor wants on its stand, named as on an identity document. */
public record StaffRequest(
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Email @Size(max = 254) String email) {
}
