package org.exposuite.platform.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The organizers' webhooks of this service, under /api/webhooks/{service} (each service serves its own name; the
 * gateway routes each name to its service): subscriptions, their secrets and delivery logs.
 */
@Path("/api/webhooks/{service}/subscriptions")
@Tag(name = "Webhooks", description = "Organizers' subscriptions to this service's events, signed per Standard Webhooks, and their delivery logs")
@RolesAllowed("organizer")
public class WebhookResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    Subscriptions subscriptions;

    /** The name in the path; its document names the one value this service answers for (see WebhookServiceName). */
    @RestPath
    String service;

    @POST
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a receiver to events",
            description = "The answer holds the signing secret (whsec_…), shown only this once. In production the URL must be"
                    + " https on a public address, unless its host is allowed by configuration.")
    @APIResponse(responseCode = "201", description = "Subscribed; the body holds the secret",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionCreated.class)))
    @APIResponse(responseCode = "404", description = "This service keeps no webhooks under that name")
    public RestResponse<SubscriptionCreated> create(@Valid @NotNull SubscriptionRequest request) {
        here();
        SubscriptionCreated created = subscriptions.create(request);
        return RestResponse.ResponseBuilder.<SubscriptionCreated>created(
                URI.create("/api/webhooks/" + service + "/subscriptions/" + created.subscription().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List the subscriptions, without their secrets")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    @APIResponse(responseCode = "404", description = "This service keeps no webhooks under that name")
    public List<SubscriptionView> list() {
        here();
        return subscriptions.list();
    }

    @GET
    @Path("{id: " + UUID_PATTERN + "}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read one subscription, without its secret")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView get(@RestPath UUID id) {
        here();
        return subscriptions.get(id);
    }

    @PUT
    @Path("{id: " + UUID_PATTERN + "}")
    @Operation(operationId = "changeWebhookSubscription", summary = "Change a subscription's URL and event types")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView change(@RestPath UUID id, @Valid @NotNull SubscriptionRequest request) {
        here();
        return subscriptions.change(id, request);
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/pause")
    @Operation(operationId = "pauseWebhookSubscription", summary = "Pause a subscription",
            description = "It gets no new events while paused; deliveries already waiting are kept and go out once it is resumed.")
    @APIResponse(responseCode = "200", description = "Paused")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView pause(@RestPath UUID id) {
        here();
        return subscriptions.activate(id, false);
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/resume")
    @Operation(operationId = "resumeWebhookSubscription", summary = "Resume a paused subscription")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView resume(@RestPath UUID id) {
        here();
        return subscriptions.activate(id, true);
    }

    @DELETE
    @Path("{id: " + UUID_PATTERN + "}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void delete(@RestPath UUID id) {
        here();
        subscriptions.delete(id);
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/secret-rotation")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "The answer holds the new secret, shown only this once. Until previousSecretExpiresAt every delivery"
                    + " carries two signatures, space-separated: one with the new secret and one with the previous.")
    @APIResponse(responseCode = "200", description = "The new secret")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SecretRotated rotateSecret(@RestPath UUID id) {
        here();
        return subscriptions.rotateSecret(id);
    }

    @GET
    @Path("{id: " + UUID_PATTERN + "}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, newest event first",
            description = "Each event with its attempts, the last answer or error, the next attempt, and whether it was delivered"
                    + " or given up (FAILED).")
    @APIResponse(responseCode = "200", description = "A page of the log")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public DeliveryPage deliveries(@RestPath UUID id, @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Subscriptions.MAX_PAGE_SIZE) int size) {
        here();
        return subscriptions.deliveries(id, page, size);
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/deliveries/{eventId: " + UUID_PATTERN + "}/resend")
    @Operation(operationId = "resendWebhookEvent", summary = "Send one event to this subscription again",
            description = "Delivered or given up, it is due again now, with the same webhook-id; its retries count anew.")
    @APIResponse(responseCode = "202", description = "Due again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or no delivery of that event to it")
    public RestResponse<DeliveryView> resend(@RestPath UUID id, @RestPath UUID eventId) {
        here();
        return RestResponse.accepted(subscriptions.resend(id, eventId));
    }

    @POST
    @Path("{id: " + UUID_PATTERN + "}/test-event")
    @Operation(operationId = "sendWebhookTestEvent", summary = "Send a webhook.test event to this subscription only")
    @APIResponse(responseCode = "202", description = "Queued; its delivery shows in the log",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TestEventSent.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public RestResponse<TestEventSent> sendTestEvent(@RestPath UUID id) {
        here();
        return RestResponse.accepted(subscriptions.sendTestEvent(id));
    }

    /** Each service answers only for its own name; another service's name is not found here. */
    private void here() {
        if (!WebhookServiceName.current().equals(service)) {
            throw WebhookProblem.SERVICE_NOT_HERE.problem();
        }
    }
}
