package org.exposuite.exhibitor.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How an exhibitor's CSV export of its leads reads them. */
@ConfigMapping(prefix = "expo.exports")
public interface ExportConfig {

    /** Leads read in one short transaction; the connection goes back to the pool while the page is sent. */
    @WithDefault("1000")
    @Min(1)
    int pageSize();
}
