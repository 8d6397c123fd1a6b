package org.exposuite.pavilion.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A pavilion as the public sees it: what it is, when it opens, how its booths stand, how full it is now. */
public record PavilionView(
        String code,
        String nameEn,
        String nameZh,
        String theme,
        String hall,
        int areaM2,
        int safeOccupancy,
        int occupancy,
        BigDecimal floorWidthM,
        BigDecimal floorDepthM,
        List<OpenHoursEntry> openHours,
        boolean retired,
        Map<String, Long> boothsByStatus) {
}
