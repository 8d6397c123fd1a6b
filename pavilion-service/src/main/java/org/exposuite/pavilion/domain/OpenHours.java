package org.exposuite.pavilion.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/** When a pavilion opens and closes on one expo day, in the expo's local time. */
@Embeddable
public record OpenHours(LocalDate day, LocalTime opens, LocalTime closes) {
}
