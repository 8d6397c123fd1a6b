package org.exposuite.pavilion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A badge scanned at a pavilion entrance; the scanner's nonce makes a repeated scan count once. */
public record ScanRequest(
        @NotBlank @Size(max = 4000) String badgeToken,
        @NotNull Direction direction,
        @NotBlank @Size(max = 100) String nonce) {

    /** Into the pavilion or out of it. */
    public enum Direction { IN, OUT }
}
