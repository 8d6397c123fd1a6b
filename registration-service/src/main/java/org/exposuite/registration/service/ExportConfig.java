package org.exposuite.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How the organizers' CSV export reads the registrations. */
@ConfigMapping(prefix = "expo.exports")
public interface ExportConfig {

    /** Registrations read in one short query; the connection goes back to the pool while the page is sent. */
    @WithDefault("1000")
    @Min(1)
    int pageSize();
}
