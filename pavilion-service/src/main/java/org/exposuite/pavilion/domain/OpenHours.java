package org.exposuite.pavilion.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/** When a pavilion opens and closes on one expo day, in the expo's local time. */
@Embeddable
public class OpenHours {

    public LocalDate day;

    public LocalTime opens;

    public LocalTime closes;

    public OpenHours() {
    }

    public OpenHours(LocalDate day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }
}
