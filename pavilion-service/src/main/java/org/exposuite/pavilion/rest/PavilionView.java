package org.exposuite.pavilion.rest;

import java.util.Map;

/** A pavilion as the public sees it: what it is, how its booths stand, how full it is now. */
public record PavilionView(
        String code,
        String nameEn,
        String nameZh,
        String theme,
        String hall,
        int areaM2,
        int safeOccupancy,
        int occupancy,
        boolean retired,
        Map<String, Long> boothsByStatus) {
}
