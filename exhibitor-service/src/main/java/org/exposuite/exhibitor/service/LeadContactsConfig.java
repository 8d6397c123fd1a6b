package org.exposuite.exhibitor.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How scanned visitors' contacts are asked for after the scan. */
@ConfigMapping(prefix = "expo.leads")
public interface LeadContactsConfig {

    /** How often leads whose contact is still pending are asked for again, as a scheduler interval (e.g. 5s). */
    @WithDefault("5s")
    String contactSweepEvery();

    /** Leads asked for in one sweep, those scanned longest ago first. */
    @WithDefault("200")
    @Min(1)
    int contactSweepSize();

    /** While registration-service keeps not answering, at most this many sweeps are skipped between two tries. */
    @WithDefault("11")
    @Min(0)
    int contactSweepMaxSkipped();

    /** Scans whose lookup waits to run; beyond that a lead stays pending until the next sweep. */
    @WithDefault("1000")
    @Min(1)
    int contactQueue();
}
