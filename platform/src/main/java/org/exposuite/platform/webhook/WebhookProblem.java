package org.exposuite.platform.webhook;

import org.exposuite.platform.problem.ProblemType;

/** Every problem the organizers' webhook API answers. */
public final class WebhookProblem {

    public static final ProblemType SERVICE_NOT_HERE = ProblemType.of("webhooks-not-found", "No such webhooks", 404,
            "This service keeps no webhooks under that name.");
    public static final ProblemType SUBSCRIPTION_NOT_FOUND = ProblemType.of("webhook-subscription-not-found",
            "Webhook subscription not found", 404, "No webhook subscription matches.");
    public static final ProblemType EVENT_NOT_FOUND = ProblemType.of("webhook-event-not-found", "Webhook event not found", 404,
            "This subscription has no delivery of that event (it may have been purged).");
    public static final ProblemType URL_NOT_ALLOWED = ProblemType.of("webhook-url-not-allowed", "Webhook URL not allowed", 400);

    private WebhookProblem() {
    }
}
