package org.exposuite.exhibitor.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.exposuite.exhibitor.domain.Exhibitor.BoothType;
import org.exposuite.platform.validation.IsoCountry;

/** What a company sends to apply as an exhibitor, and to change its application before the decision. */
public record ApplicationRequest(
        @NotBlank @Size(max = 200) String companyNameEn,
        @Size(max = 200) String companyNameZh,
        @NotNull @Size(max = 2) @IsoCountry String country,
        @Size(max = 500) @Pattern(regexp = "[Hh][Tt][Tt][Pp][Ss]?://\\S+", message = "must be an http or https address") String website,
        @Size(max = 4000) String description,
        @NotNull @Valid ContactPerson contact,
        /* Pavilion themes and dialogue topics, e.g. "Artificial Intelligence", "Smart City". */
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> themes,
        /* Pavilion codes the company would like to stand in. */
        @Size(max = 3) List<@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,15}", message = "must be a pavilion code") String> requestedPavilions,
        @Min(9) @Max(5000) Integer boothSizeM2,
        BoothType boothType,
        /* The company represents a partner city of the Belt and Road pavilion. */
        boolean beltAndRoadPartner) {

    /** The person the organizers talk to about the application. */
    public record ContactPerson(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 50) @Pattern(regexp = "[+0-9 ()./-]{3,50}", message = "must be a phone number") String phone) {
    }
}
