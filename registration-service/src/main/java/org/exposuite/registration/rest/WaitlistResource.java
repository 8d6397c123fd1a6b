package org.exposuite.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.platform.secret.SelfServiceCaller;
import org.exposuite.registration.api.NewRegistration;
import org.exposuite.registration.api.RegistrationCreated;
import org.exposuite.registration.api.WaitlistJoined;
import org.exposuite.registration.api.WaitlistView;
import org.exposuite.registration.security.WaitingListRealm;
import org.exposuite.registration.service.Waitlist;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The waiting list of full categories; a place in line is managed with its secret, sent as "Authorization: Bearer wl_…",
 * which the platform's secret authentication turns into the caller before the endpoint runs.
 */
@Path("/api/waitlist")
@SecurityScheme(securitySchemeName = "waitingListSecret", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The secret returned when joining the waiting list (wl_…)")
@Tag(name = "Waiting list", description = "Join the line of a full category; when places free up the next people get a time-limited offer")
public class WaitlistResource {

    @Inject
    Waitlist waitlist;

    @Inject
    SelfServiceCaller caller;

    @POST
    @PermitAll
    @Operation(operationId = "joinWaitingList", summary = "Join the waiting list of a category",
            description = "Same fields as a registration. The answer holds a secret, shown only this once, to follow the position and the offer.")
    @APIResponse(responseCode = "201", description = "In line (position 0 and status OFFERED when places were free at once)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WaitlistJoined.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "Already registered or already waiting, or the category has no waiting list")
    @APIResponse(responseCode = "422", description = "Unknown category or day")
    public RestResponse<WaitlistJoined> join(@Valid @NotNull NewRegistration request) {
        return RestResponse.ResponseBuilder.<WaitlistJoined>created(URI.create("/api/waitlist/me")).entity(waitlist.join(request)).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(WaitingListRealm.ROLE)
    @SecurityRequirement(name = "waitingListSecret")
    @Operation(operationId = "myWaitingListEntry", summary = "My place in line, and my offer with the token to accept it")
    @APIResponse(responseCode = "200", description = "Status, position while waiting, the offer while open",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WaitlistView.class)))
    @APIResponse(responseCode = "404", description = "Nothing for this secret")
    public RestResponse<WaitlistView> mine() {
        return RestResponse.ResponseBuilder.ok(waitlist.view(caller.id(), caller.secret())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("me")
    @RolesAllowed(WaitingListRealm.ROLE)
    @SecurityRequirement(name = "waitingListSecret")
    @Operation(operationId = "leaveWaitingList", summary = "Leave the waiting list; an open offer passes to the next person")
    @APIResponse(responseCode = "204", description = "Left (also when already left, accepted or expired)")
    @APIResponse(responseCode = "404", description = "Nothing for this secret")
    public void leave() {
        waitlist.leave(caller.id());
    }

    @POST
    @Path("offers/{offerToken}/acceptance")
    @PermitAll
    @Operation(operationId = "acceptOffer", summary = "Accept an offer: the registration is created with the details given when joining",
            description = "The answer is a registration like POST /api/registrations gives, with its own secret.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistrationCreated.class)))
    @APIResponse(responseCode = "404", description = "No offer for this token")
    @APIResponse(responseCode = "409", description = "An active registration exists for the e-mail address")
    @APIResponse(responseCode = "410", description = "The offer expired, was left or was accepted already")
    public RestResponse<RegistrationCreated> accept(@RestPath @Size(max = 64) String offerToken) {
        return RestResponse.ResponseBuilder.<RegistrationCreated>created(URI.create("/api/registrations/me"))
                .entity(waitlist.accept(offerToken)).build();
    }
}
