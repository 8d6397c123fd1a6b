package org.exposuite.pavilion.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.List;

/** The expo edition this deployment serves and how its booth holds are tidied. */
@ConfigMapping(prefix = "expo")
public interface ExpoConfig {

    /** The days of the expo; opening hours, badges and sessions are checked against them. */
    List<LocalDate> days();

    Booth booth();

    interface Booth {
        /** How often expired holds are swept back to free, as a scheduler interval; reads treat them as free already. */
        @WithDefault("60s")
        String holdSweepInterval();
    }
}
