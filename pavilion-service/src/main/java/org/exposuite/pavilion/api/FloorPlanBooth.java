package org.exposuite.pavilion.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One booth of an imported floor plan; checked by the service so that every wrong booth is named by its code. */
public record FloorPlanBooth(
        @Schema(example = "FT-A12") String code,
        @Schema(enumeration = {"INLINE", "CORNER", "PENINSULA", "ISLAND"}) String type,
        @Schema(description = "metres from the left wall") BigDecimal x,
        @Schema(description = "metres from the front wall") BigDecimal y,
        @Schema(description = "metres along x") BigDecimal width,
        @Schema(description = "metres along y") BigDecimal depth,
        @Schema(example = "A") String priceClass) {
}
