package org.exposuite.pavilion.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One booth of an imported floor plan; checked by the service so that every wrong booth is named by its code (the
 * bounds documented here are the ones it checks).
 */
public record FloorPlanBooth(
        @Schema(example = "FT-A12", maxLength = 20, pattern = "^[A-Z0-9][A-Z0-9-]{0,19}$") String code,
        @Schema(enumeration = {"INLINE", "CORNER", "PENINSULA", "ISLAND"}) String type,
        @Schema(description = "metres from the left wall") BigDecimal x,
        @Schema(description = "metres from the front wall") BigDecimal y,
        @Schema(description = "metres along x") BigDecimal width,
        @Schema(description = "metres along y") BigDecimal depth,
        @Schema(example = "A", minLength = 1, maxLength = 10) String priceClass) {
}
