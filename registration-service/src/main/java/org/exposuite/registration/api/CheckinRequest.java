package org.exposuite.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.exposuite.registration.domain.GateDirection;

/**
 * One scan at a gate. The nonce is chosen by the scanner for this scan (e.g. a UUID): uploading the same scan again
 * returns the first decision. scannedAt is for scans uploaded later (offline); it defaults to now.
 */
public record CheckinRequest(
        @NotBlank @Size(max = 2048) String badgeToken,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} ._-]*", message = "must be letters, digits, spaces, dots, underscores or dashes") String gate,
        @NotNull GateDirection direction,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]{8,64}", message = "must be 8 to 64 letters, digits or ._:-") String nonce,
        Instant scannedAt) {
}
