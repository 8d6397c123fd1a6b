package org.exposuite.platform.csv;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How the CSV exports (organizers' registrations, an exhibitor's leads) read their rows. */
@ConfigMapping(prefix = "expo.exports")
public interface ExportConfig {

    /** Rows read in one short query; the connection goes back to the pool while the page is sent. */
    @WithDefault("1000")
    @Min(1)
    int pageSize();
}
