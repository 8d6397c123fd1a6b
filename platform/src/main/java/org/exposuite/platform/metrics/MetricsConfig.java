package org.exposuite.platform.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the control room's figures that live in the database are read into each service's metrics. */
@ConfigMapping(prefix = "expo.metrics")
public interface MetricsConfig {

    /** How often each service reads its figures (counts, places, people inside) from its database, as a scheduler interval. */
    @WithDefault("5s")
    String refreshEvery();
}
