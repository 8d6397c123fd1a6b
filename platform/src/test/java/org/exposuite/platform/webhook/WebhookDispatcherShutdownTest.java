package org.exposuite.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.exposuite.platform.metrics.WebhookDeliveryMetrics;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.exposuite.testfixtures.ApplicationLifecycle;
import org.exposuite.testfixtures.RecordedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A dispatch round that the application's shutdown overtakes. The scheduler does not wait for a running round, so
 * the beans it calls go away under it (a client proxy then throws NullPointerException); the shutdown is simulated
 * inside the round's own steps, at the exact point it matters, with no timing involved.
 */
class WebhookDispatcherShutdownTest {

    private final RecordedLog log = RecordedLog.of(WebhookDispatcher.class);

    private final RecordingDeliveries deliveries = new RecordingDeliveries();
    private final ApplicationLifecycle application = ApplicationLifecycle.started();
    private final WebhookDispatcher dispatcher = dispatcher(deliveries, application);

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void aRoundThatFailsBecauseTheApplicationStopsEndsQuietly() {
        deliveries.onClaim = () -> {
            shutdown();
            throw new NullPointerException();
        };
        dispatcher.dispatchOnSchedule();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void deliveriesClaimedWhenTheShutdownComesAreNotSentAndStayDue() {
        deliveries.onClaim = this::shutdown;
        deliveries.claimed = List.of(delivery());
        dispatcher.dispatchOnSchedule();
        assertThat(deliveries.recorded).as("no outcome recorded: the claim runs out and the next start sends it").isEmpty();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void noRoundStartsOnceTheApplicationStops() {
        shutdown();
        dispatcher.dispatchOnSchedule();
        assertThat(deliveries.fannedOut).isZero();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void aRoundThatFailsWhileTheApplicationRunsIsReported() {
        deliveries.onClaim = () -> {
            throw new NullPointerException();
        };
        dispatcher.dispatchOnSchedule();
        assertThat(log.warnings()).singleElement().asString().startsWith("webhook dispatch round failed");
    }

    @Test
    void deliveriesClaimedWhileTheApplicationRunsAreSentAndRecorded() {
        deliveries.claimed = List.of(delivery());
        dispatcher.dispatchOnSchedule();
        assertThat(deliveries.recorded).containsExactly("retry later");
        assertThat(log.warnings()).isEmpty();
    }

    private void shutdown() {
        application.shutdown();
    }

    /** A delivery to a receiver the production rule refuses, so sending it fails at once without a network. */
    private static Deliveries.Claimed delivery() {
        return new Deliveries.Claimed(UUID.randomUUID(), UUID.randomUUID(), 1, "https://127.0.0.1/hook", List.of("whsec_test"),
                "registration.created", Instant.now(), "{}", Duration.ZERO);
    }

    private static WebhookDispatcher dispatcher(Deliveries deliveries, ApplicationLifecycle application) {
        Map<String, Object> settings = Map.of("publicUrlsOnly", true, "allowedHosts", Optional.empty(), "batchSize", 50,
                "connectTimeout", Duration.ofSeconds(5), "requestTimeout", Duration.ofSeconds(10),
                "firstRetryDelay", Duration.ofSeconds(5), "maxRetryDelay", Duration.ofHours(1), "giveUpAfter", Duration.ofHours(24));
        WebhookConfig config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(), new Class<?>[] {WebhookConfig.class},
                (proxy, method, arguments) -> Optional.ofNullable(settings.get(method.getName()))
                        .orElseThrow(() -> new UnsupportedOperationException(method.getName())));
        ReceiverUrls receivers = new ReceiverUrls();
        receivers.config = config;
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.deliveries = deliveries;
        dispatcher.config = config;
        dispatcher.receivers = receivers;
        dispatcher.rounds = new ScheduledRounds(application.applicationNotRunning(), Duration.ofSeconds(10));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        dispatcher.metrics = new WebhookDeliveryMetrics() {
            @Override
            public Counter counter(Outcome outcome) {
                return registry.counter(NAME, "outcome", outcome.tag());
            }
        };
        dispatcher.start();
        return dispatcher;
    }

    /** The outbox's steps without a database: what was claimed is handed out, every recorded outcome is kept. */
    private static final class RecordingDeliveries extends Deliveries {
        Runnable onClaim = () -> {
        };
        List<Claimed> claimed = List.of();
        int fannedOut;
        final List<String> recorded = new CopyOnWriteArrayList<>();

        @Override
        public int fanOut() {
            fannedOut++;
            return 0;
        }

        @Override
        public List<Claimed> claim(int limit, Duration lease) {
            onClaim.run();
            return claimed;
        }

        @Override
        public void delivered(Claimed delivery, int status) {
            recorded.add("delivered");
        }

        @Override
        public void retryLater(Claimed delivery, Integer status, String error, Duration retryIn) {
            recorded.add("retry later");
        }

        @Override
        public void gaveUp(Claimed delivery, Integer status, String error) {
            recorded.add("gave up");
        }
    }
}
