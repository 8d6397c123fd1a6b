package org.exposuite.platform.webhook;

import java.util.UUID;

/** The webhook.test event queued for one subscription; its delivery shows in the log under this id. */
public record TestEventSent(UUID eventId) {
}
