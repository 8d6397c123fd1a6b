package org.exposuite.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.exposuite.registration.domain.AttendeeDetails;
import org.exposuite.registration.domain.PavilionTheme;
import org.exposuite.platform.validation.IsoCountry;

/** What an attendee sends to register; names may be in any script, with an optional Latin transcription. */
public record NewRegistration(
        @NotBlank @Size(max = 32) String category,
        @Size(max = 31) List<@NotNull LocalDate> days,
        @NotBlank @Size(max = 100) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String familyName,
        @NotBlank @Size(max = 100) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String givenName,
        @Size(max = 200) @Pattern(regexp = Formats.LATIN_NAME, message = Formats.LATIN_NAME_MESSAGE) String latinName,
        @NotBlank @Size(max = 254) @Email(regexp = Formats.EMAIL) String email,
        @Size(max = 32) @Pattern(regexp = Formats.PHONE, message = Formats.PHONE_MESSAGE) String phone,
        @Size(max = 200) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String organization,
        @Size(max = 200) @Pattern(regexp = Formats.NO_CONTROL_CHARACTERS, message = Formats.NO_CONTROL_CHARACTERS_MESSAGE) String jobTitle,
        @NotBlank @Size(max = 2) @IsoCountry String country,
        @Size(max = 7) List<@NotNull PavilionTheme> interests,
        @NotNull @Valid Consents consents,
        @Size(max = 32) String invitationCode) {

    /** Writes what the person entered into a registration or a waiting-list entry, consent given at {@code now}. */
    public void enterInto(AttendeeDetails details, String normalizedEmail, Instant now) {
        details.enterDetails(familyName, givenName, latinName, normalizedEmail, phone, organization, jobTitle, country,
                interests, Boolean.TRUE.equals(consents.shareContactWithExhibitors()), now);
    }

    /** Consent to the privacy policy is required; sharing contact details with exhibitors is opt-in. */
    public record Consents(
            @NotNull @AssertTrue(message = "the privacy policy must be accepted") Boolean privacyPolicy,
            Boolean shareContactWithExhibitors) {
    }
}
