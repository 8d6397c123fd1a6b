package org.exposuite.platform.metrics;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.jboss.logging.Logger;

/**
 * Reads each service's database figures every {@code expo.metrics.refresh-every}. It only reads: a refresh the
 * shutdown overtakes loses nothing, and the figures are read afresh after the next start.
 */
@ApplicationScoped
public class BusinessFiguresRefresh {

    private static final Logger LOG = Logger.getLogger(BusinessFiguresRefresh.class);

    @Inject
    Instance<BusinessFigures> figures;

    @Inject
    MetricsConfig config;

    @Inject
    ScheduledRounds rounds;

    void started(@Observes StartupEvent started) {
        LOG.infof("business figures are read from the database every %s", config.refreshEvery());
    }

    @Scheduled(identity = "business-metrics-refresh", every = "${expo.metrics.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        rounds.run(LOG, "business figures refresh", () -> {
            for (BusinessFigures each : figures) {
                try {
                    each.refresh();
                } catch (RuntimeException unreachable) {
                    // The figures keep their last values; the database's own outage is reported by the readiness check.
                    rounds.failed(LOG, "business figures not refreshed", unreachable);
                }
            }
        });
    }
}
