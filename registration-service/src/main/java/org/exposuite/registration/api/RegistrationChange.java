package org.exposuite.registration.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.exposuite.registration.domain.AttendeeDetails;
import org.exposuite.registration.domain.PavilionTheme;
import org.exposuite.platform.validation.IsoCountry;

/** An attendee's new details (they replace the old ones); days, when given, replace the days within capacity. */
public record RegistrationChange(
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
        Boolean shareContactWithExhibitors) {

    /** Writes the new details into the registration; consent to sharing changes only when sent, the privacy consent stays. */
    public void enterInto(AttendeeDetails details, String normalizedEmail) {
        details.enterDetails(familyName, givenName, latinName, normalizedEmail, phone, organization, jobTitle, country, interests,
                shareContactWithExhibitors == null ? details.shareContactWithExhibitors : shareContactWithExhibitors,
                details.privacyPolicyAcceptedAt);
    }
}
