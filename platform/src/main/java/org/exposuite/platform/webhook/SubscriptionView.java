package org.exposuite.platform.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as organizers see it; its secret is shown only at creation and rotation. */
public record SubscriptionView(UUID id, String url, List<String> types, boolean active, Instant createdAt, Instant updatedAt,
                               Instant previousSecretExpiresAt) {
}
