package org.exposuite.pavilion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person on the stage, with the organization they speak for. */
public record SpeakerEntry(@NotBlank @Size(max = 200) String name, @Size(max = 300) String affiliation) {
}
