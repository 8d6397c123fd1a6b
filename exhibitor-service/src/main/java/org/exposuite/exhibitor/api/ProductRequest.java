package org.exposuite.exhibitor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product as the exhibitor describes it for the catalogue. */
public record ProductRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Size(max = 100) String category,
        @Size(max = 100) String theme,
        @Size(max = 1000) @Pattern(regexp = "[Hh][Tt][Tt][Pp][Ss]?://\\S+", message = "must be an http or https address") String imageUrl) {
}
