package org.exposuite.pavilion.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opening hours of a pavilion on one expo day, in the expo's local time. */
public record OpenHoursEntry(
        @NotNull @Schema(example = "2018-05-26") LocalDate day,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "09:00") LocalTime opens,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "18:00") LocalTime closes) {

    @JsonIgnore
    @AssertTrue(message = "must close after it opens")
    public boolean isClosingAfterOpening() {
        return opens == null || closes == null || closes.isAfter(opens);
    }
}
