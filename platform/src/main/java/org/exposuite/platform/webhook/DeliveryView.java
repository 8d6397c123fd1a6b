package org.exposuite.platform.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription: PENDING (waiting or being retried), DELIVERED, or FAILED (given up after the
 * configured time; resend it once the receiver is fixed).
 */
public record DeliveryView(UUID eventId, String type, String subject, Instant occurredAt, String status, int attempts,
                           Integer lastStatus, String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
}
