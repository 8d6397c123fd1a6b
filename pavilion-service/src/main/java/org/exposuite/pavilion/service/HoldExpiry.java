package org.exposuite.pavilion.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Sweeps expired holds back to free; reads already treat them as free, this keeps the rows and the history tidy. */
@ApplicationScoped
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class);

    @Inject
    BoothService booths;

    @Scheduled(every = "${expo.booth.hold-sweep-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int freed = booths.expireHolds();
        if (freed > 0) {
            LOG.infof("%d expired booth hold(s) freed", freed);
        }
    }
}
