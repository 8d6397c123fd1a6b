package org.exposuite.pavilion.api;

/** The pavilion's count after a scan; `counted` is false for a repeated nonce or an exit from an empty pavilion. */
public record ScanResult(String pavilionCode, String direction, boolean counted, int occupancy, int safeOccupancy) {
}
