package org.exposuite.pavilion.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A booth as everyone sees it; an expired hold already shows as free. */
public record BoothView(
        String code,
        String pavilionCode,
        String type,
        BigDecimal x,
        BigDecimal y,
        BigDecimal width,
        BigDecimal depth,
        BigDecimal areaM2,
        String priceClass,
        String status,
        String exhibitorId,
        String exhibitorName,
        OffsetDateTime heldUntil) {
}
