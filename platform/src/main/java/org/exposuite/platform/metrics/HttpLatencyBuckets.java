package org.exposuite.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;

/**
 * Answer times of the services' HTTP endpoints as a histogram with a few buckets, so the control room can draw the
 * 95th percentile over all replicas ({@code histogram_quantile}); a handful of buckets keeps the series few.
 */
public class HttpLatencyBuckets {

    private static final Duration[] BUCKETS = {
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(Arrays.stream(BUCKETS).mapToDouble(Duration::toNanos).toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
