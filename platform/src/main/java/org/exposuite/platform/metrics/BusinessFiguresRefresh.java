package org.exposuite.platform.metrics;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Reads each service's database figures every {@code expo.metrics.refresh-every}. */
@ApplicationScoped
public class BusinessFiguresRefresh {

    private static final Logger LOG = Logger.getLogger(BusinessFiguresRefresh.class);

    @Inject
    Instance<BusinessFigures> figures;

    @Inject
    MetricsConfig config;

    void started(@Observes StartupEvent started) {
        LOG.infof("business figures are read from the database every %s", config.refreshEvery());
    }

    @Scheduled(identity = "business-metrics-refresh", every = "${expo.metrics.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        for (BusinessFigures each : figures) {
            try {
                each.refresh();
            } catch (RuntimeException unreachable) {
                // The figures keep their last values; the database's own outage is reported by the readiness check.
                LOG.warnf("business figures not refreshed: %s", unreachable.getClass().getSimpleName());
            }
        }
    }
}
