package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The days and time zone of this deployment's expo edition. */
@ApplicationScoped
public class ExpoCalendar {

    @ConfigProperty(name = "expo.days")
    List<LocalDate> days;

    @ConfigProperty(name = "expo.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    @Inject
    Clock clock;

    public List<LocalDate> days() {
        return days;
    }

    public boolean isExpoDay(LocalDate day) {
        return days.contains(day);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Times leave the service in the expo's zone (+08:00 in Guiyang). */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
