package org.exposuite.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What every service knows of the expo edition it serves. Each service maps its own {@code expo.*} settings beside
 * these, so a misspelled {@code expo.*} setting still stops the start.
 */
@ConfigMapping(prefix = "expo")
public interface ExpoEdition {

    /** The edition's name, e.g. China International Big Data Industry Expo 2018. */
    Optional<String> name();

    /** The expo's time zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Clock clock();

    interface Clock {
        /** A fixed moment (e.g. 2018-05-26T10:00:00+08:00) the services stand on, for tests and demos. */
        Optional<OffsetDateTime> fixed();
    }
}
