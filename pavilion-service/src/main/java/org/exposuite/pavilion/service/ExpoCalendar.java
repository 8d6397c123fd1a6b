package org.exposuite.pavilion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.exposuite.platform.time.ExpoEdition;

/** The days and time zone of this deployment's expo edition. */
@ApplicationScoped
public class ExpoCalendar {

    @Inject
    ExpoConfig expo;

    @Inject
    ExpoEdition edition;

    @Inject
    Clock clock;

    public boolean isExpoDay(LocalDate day) {
        return expo.days().contains(day);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dayOf(clock.instant());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, edition.zone());
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(edition.zone()).toInstant();
    }

    /** Times leave the service in the expo's zone (+08:00 in Guiyang). */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(edition.zone()).toOffsetDateTime();
    }
}
