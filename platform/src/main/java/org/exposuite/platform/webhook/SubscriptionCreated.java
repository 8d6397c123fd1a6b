package org.exposuite.platform.webhook;

/** A new subscription with its signing secret: the only answer that shows it, besides a rotation. */
public record SubscriptionCreated(SubscriptionView subscription, String secret) {
}
