package org.exposuite.registration.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an organizer sends to create or change a registration category. */
public record CategoryRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z][A-Z0-9_-]{0,31}", message = "must be 1-32 capital letters, digits, dashes or underscores, starting with a letter") String code,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 2000) String description,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity,
        boolean approvalRequired,
        boolean invitationOnly,
        Instant salesOpenAt,
        Instant salesCloseAt,
        /* true: the pass covers every day it offers (four-day pass); false: the attendee picks days. */
        boolean allDays,
        /* Per-day limits; none means every expo day, limited only by the category capacity. */
        @Size(max = 31) List<@Valid @NotNull CategoryDayRequest> days) {

    @JsonIgnore
    @AssertTrue(message = "salesOpenAt must be before salesCloseAt")
    public boolean isSaleWindowInOrder() {
        return salesOpenAt == null || salesCloseAt == null || salesOpenAt.isBefore(salesCloseAt);
    }

    /** The places of the category on one expo day. */
    public record CategoryDayRequest(
            @NotNull LocalDate day,
            @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity) {
    }
}
