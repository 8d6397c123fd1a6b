package org.exposuite.platform.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import org.exposuite.platform.metrics.WebhookDeliveryMetrics;
import org.exposuite.platform.metrics.WebhookDeliveryMetrics.Outcome;
import org.exposuite.platform.schedule.ScheduledRounds;
import org.exposuite.platform.time.ExpoEdition;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's events to the organizers' receivers, at least once and in order per subject and subscription,
 * signed per Standard Webhooks. A round fans out new events, claims due deliveries (committed), sends them in
 * parallel with no transaction open, and records each outcome; failures are retried with exponential backoff and
 * jitter until the configured time is up. Every replica may run it at once. A round the application's shutdown
 * overtakes ends quietly: what it claimed and did not record stays due and is sent after the next start.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 300;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookConfig config;

    @Inject
    ReceiverUrls receivers;

    @Inject
    ExpoEdition edition;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookDeliveryMetrics metrics;

    @Inject
    ScheduledRounds rounds;

    private HttpClient http;

    @PostConstruct
    void start() {
        // Redirects are not followed: a receiver must not lead the suite to an address it would refuse.
        http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The database may be away for a moment; the next round tries again, and nothing claimed is lost. */
    @Scheduled(identity = "webhook-dispatch", every = "${expo.webhooks.dispatch-every:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatchOnSchedule() {
        rounds.run(LOG, "webhook dispatch", this::dispatch);
    }

    /** A purge the shutdown overtakes rolls back its batch: those rows are still old and go at the next purge. */
    @Scheduled(identity = "webhook-purge", every = "${expo.webhooks.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeOnSchedule() {
        rounds.run(LOG, "webhook purge", () -> {
            int purged = deliveries.purgeOlderThan(config.retention());
            if (purged > 0) {
                LOG.infof("purged %d webhook deliveries and events older than %s", purged, config.retention());
            }
        });
    }

    /** One round: fan out, claim, send, record. Answers how many deliveries it attempted. */
    public int dispatch() {
        if (rounds.stopping()) {
            return 0;
        }
        deliveries.fanOut();
        // A claim lasts beyond the longest send, so a dispatcher that dies mid-send leaves it due again afterwards.
        Duration lease = config.connectTimeout().plus(config.requestTimeout()).plusSeconds(5);
        List<Deliveries.Claimed> claimed = deliveries.claim(config.batchSize(), lease);
        if (rounds.stopping()) {
            // Claimed, not sent: the claim runs out and the next start sends them.
            return 0;
        }
        List<CompletableFuture<Void>> sends = new ArrayList<>(claimed.size());
        for (Deliveries.Claimed delivery : claimed) {
            sends.add(send(delivery).handle((response, failure) -> {
                record(delivery, response, failure);
                return null;
            }));
        }
        sends.forEach(CompletableFuture::join);
        return claimed.size();
    }

    private CompletableFuture<HttpResponse<Void>> send(Deliveries.Claimed delivery) {
        URI url = URI.create(delivery.url());
        Optional<String> refusal = receivers.refusal(url);
        if (refusal.isPresent()) {
            return CompletableFuture.failedFuture(new RefusedReceiver("the URL " + refusal.get()));
        }
        byte[] body = body(delivery);
        String id = delivery.eventId().toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "ExpoSuite-Webhooks/1.0")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(delivery.secrets(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** {"type", "timestamp", "edition", "data"}: the same for every attempt. */
    byte[] body(Deliveries.Claimed delivery) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("type", delivery.type());
            body.put("timestamp", delivery.occurredAt().toString());
            body.put("edition", edition.name().orElse(null));
            body.set("data", json.readTree(delivery.data()));
            return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("an event's stored body is JSON", e);
        }
    }

    private void record(Deliveries.Claimed delivery, HttpResponse<Void> response, Throwable failure) {
        try {
            if (failure == null && response.statusCode() / 100 == 2) {
                deliveries.delivered(delivery, response.statusCode());
                metrics.counter(Outcome.DELIVERED).increment();
                return;
            }
            Integer status = failure == null ? response.statusCode() : null;
            String error = failure == null ? "the receiver answered HTTP " + response.statusCode() : describe(failure);
            Duration retryIn = backoff(delivery.attempt());
            if (delivery.pendingFor().plus(retryIn).compareTo(config.giveUpAfter()) > 0) {
                deliveries.gaveUp(delivery, status, error);
                metrics.counter(Outcome.GAVE_UP).increment();
                LOG.warnf("webhook event %s to subscription %s given up after %d attempts: %s", delivery.eventId(),
                        delivery.subscriptionId(), delivery.attempt(), error);
            } else {
                deliveries.retryLater(delivery, status, error, retryIn);
                metrics.counter(Outcome.FAILED).increment();
            }
        } catch (RuntimeException e) {
            // Not recorded: the claim runs out and the delivery is sent again (at least once).
            rounds.failed(LOG, "webhook event " + delivery.eventId() + " to subscription " + delivery.subscriptionId()
                    + ": outcome not recorded", e);
        }
    }

    /** Twice as long after each attempt, up to the maximum, with jitter so receivers coming back are not hit at once. */
    Duration backoff(int attempt) {
        long first = config.firstRetryDelay().toMillis();
        long max = config.maxRetryDelay().toMillis();
        long delay = first << Math.min(Math.max(attempt - 1, 0), 30);
        delay = delay <= 0 || delay > max ? max : delay;
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }

    /** What went wrong, in words for the delivery log (never a class name or a stack trace). */
    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String text;
        if (cause instanceof RefusedReceiver refused) {
            text = refused.getMessage();
        } else if (cause instanceof HttpTimeoutException) {
            text = "no answer within " + config.requestTimeout().toSeconds() + " s";
        } else if (cause instanceof ConnectException) {
            text = "the receiver could not be reached";
        } else {
            text = "the connection to the receiver failed";
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    /** A receiver the suite must not send to (any more). */
    private static final class RefusedReceiver extends IOException {
        RefusedReceiver(String message) {
            super(message);
        }
    }
}
