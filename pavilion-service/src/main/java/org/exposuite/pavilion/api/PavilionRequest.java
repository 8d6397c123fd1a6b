package org.exposuite.pavilion.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;

/** What an organizer sends to create a pavilion. */
public record PavilionRequest(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Z][A-Z0-9-]{0,15}", message = "must be 1-16 capital letters, digits or dashes, starting with a letter") String code,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameZh,
        @NotBlank @Size(max = 100) String theme,
        @NotBlank @Size(max = 50) String hall,
        @NotNull @Min(1) @Max(1_000_000) Integer areaM2,
        @NotNull @Min(1) @Max(1_000_000) Integer safeOccupancy,
        @NotNull @DecimalMin("1") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal floorWidthM,
        @NotNull @DecimalMin("1") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal floorDepthM,
        @Size(max = 31) List<@Valid @NotNull OpenHoursEntry> openHours) {

    public PavilionChange asChange() {
        return new PavilionChange(nameEn, nameZh, theme, hall, areaM2, safeOccupancy, floorWidthM, floorDepthM, openHours);
    }
}
