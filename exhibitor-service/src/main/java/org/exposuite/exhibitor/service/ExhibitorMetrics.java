package org.exposuite.exhibitor.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.metrics.BusinessFigures;

/**
 * The control room's figures of the exhibitors. Applications by state live in the database and are read every few
 * seconds ({@code expo.metrics.refresh-every}) with one grouped query; lead scans are counted where they are recorded.
 * Tags name states, never an exhibitor or a visitor.
 */
@Startup
@ApplicationScoped
public class ExhibitorMetrics extends BusinessFigures {

    /** A state no application is in reports zero. */
    @Override
    protected void read() {
        Map<String, Number> byState = new HashMap<>();
        rows("select state, count(*) from exhibitor group by state").forEach(row -> byState.put((String) row[0], (Number) row[1]));
        publish("expo.exhibitor.applications", "Exhibitor applications by state", List.of(Exhibitor.State.values()),
                (reading, state) -> reading.add(byState.getOrDefault(state.name(), 0L), "state", state.name().toLowerCase(Locale.ROOT)));
    }

    /** A badge scanned at a booth: a new lead, or a visitor scanned again. */
    public void leadScanned(boolean firstScan) {
        counter("expo.lead.scans", "Badges scanned by exhibitors' lead scanners: first scans of a visitor and rescans",
                "scan", firstScan ? "first" : "repeat").increment();
    }
}
