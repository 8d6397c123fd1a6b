package org.exposuite.pavilion.api;

import java.math.BigDecimal;
import java.util.List;

/** A pavilion's floor plan as data: the hall's size in metres and every booth on it. */
public record FloorPlanView(String pavilionCode, String nameEn, String nameZh, BigDecimal widthM, BigDecimal depthM,
                            List<BoothView> booths) {
}
