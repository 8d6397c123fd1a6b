package org.exposuite.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Scans a scanner recorded while offline, uploaded together; each is judged at its own scan time. */
public record CheckinBatch(@NotEmpty @Size(max = 500) List<@NotNull @Valid CheckinRequest> scans) {
}
