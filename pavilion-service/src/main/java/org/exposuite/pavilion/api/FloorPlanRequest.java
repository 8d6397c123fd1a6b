package org.exposuite.pavilion.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A pavilion's whole floor plan: the booths it holds after the import. */
public record FloorPlanRequest(@NotNull @Size(max = 3000) List<@NotNull FloorPlanBooth> booths) {
}
