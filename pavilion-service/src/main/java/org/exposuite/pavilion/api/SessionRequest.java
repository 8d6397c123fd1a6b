package org.exposuite.pavilion.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.exposuite.pavilion.domain.Session;

/** What an organizer sends to put a session on the programme or change it; times with any ISO offset. */
public record SessionRequest(
        @NotNull Session.Kind kind,
        @NotBlank @Size(max = 300) String titleEn,
        @NotBlank @Size(max = 300) String titleZh,
        @NotBlank @Size(max = 100) String theme,
        @NotBlank @Size(max = 16) String pavilionCode,
        @NotBlank @Size(max = 50) String stage,
        @NotNull @Schema(example = "2018-05-26T14:00:00+08:00") OffsetDateTime startsAt,
        @NotNull @Schema(example = "2018-05-26T16:30:00+08:00") OffsetDateTime endsAt,
        @NotNull @Min(1) @Max(100_000) Integer seatCapacity,
        @Size(max = 50) List<@Valid @NotNull SpeakerEntry> speakers) {

    @JsonIgnore
    @AssertTrue(message = "must end after it starts, within 24 hours")
    public boolean isEndingAfterStart() {
        return startsAt == null || endsAt == null
                || endsAt.isAfter(startsAt) && Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) <= 0;
    }
}
