package org.exposuite.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.platform.secret.SelfServiceCaller;
import org.exposuite.registration.api.BadgeView;
import org.exposuite.registration.api.PersonalDataExport;
import org.exposuite.registration.api.RegistrationChange;
import org.exposuite.registration.api.RegistrationView;
import org.exposuite.registration.security.AttendeeRealm;
import org.exposuite.registration.service.BadgePicture;
import org.exposuite.registration.service.Badges;
import org.exposuite.registration.service.RegistrationService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The attendee's own registration, addressed by the self-service secret sent as "Authorization: Bearer rs_…": the
 * platform's secret authentication makes the caller the one registration it opens, before any body is read. No
 * secret, a wrong one, another kind of secret and a JWT all answer 404.
 */
@Path("/api/registrations/me")
@RolesAllowed(AttendeeRealm.ROLE)
@SecurityScheme(securitySchemeName = "attendeeSecret", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The secret returned at registration (rs_…)")
@SecurityRequirement(name = "attendeeSecret")
@Tag(name = "My registration", description = "Self-service: send the secret received at registration as 'Authorization: Bearer rs_…'")
public class MyRegistrationResource {

    @Inject
    SelfServiceCaller caller;

    @Inject
    RegistrationService registrations;

    @Inject
    Badges badges;

    @Inject
    BadgePicture pictures;

    @GET
    @Operation(operationId = "readMyRegistration", summary = "Read my registration")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    public RegistrationView read() {
        return registrations.view(caller.id());
    }

    @PUT
    @Operation(operationId = "changeMyRegistration", summary = "Change my details and days",
            description = "The details sent replace the old ones; days, when sent, replace the days if the new ones have places.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    @APIResponse(responseCode = "409", description = "A new day is full, the e-mail address is registered already, or the registration is no longer active")
    public RegistrationView change(@Valid @NotNull RegistrationChange change) {
        return registrations.change(caller.id(), change);
    }

    @POST
    @Path("cancellation")
    @Operation(operationId = "cancelMyRegistration", summary = "Cancel my registration; its places are freed at once")
    @APIResponse(responseCode = "200", description = "Cancelled (also when it already was)")
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    @APIResponse(responseCode = "409", description = "The registration was rejected")
    public RegistrationView cancel() {
        return registrations.cancel(caller.id());
    }

    @GET
    @Path("export")
    @Operation(operationId = "exportMyData", summary = "Download all data held about me (JSON)")
    @APIResponse(responseCode = "200", description = "Everything the service holds about this registration",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    public RestResponse<PersonalDataExport> export() {
        PersonalDataExport export = registrations.export(caller.id());
        return RestResponse.ResponseBuilder.ok(export)
                .header("Content-Disposition", "attachment; filename=\"my-registration-" + export.registration().confirmationCode() + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Operation(operationId = "eraseMe", summary = "Erase me",
            description = "Names, e-mail, phone and organization are removed for good; an active registration is cancelled and its places freed."
                    + " The secret stops working.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    public void erase() {
        registrations.erase(caller.id());
    }

    @GET
    @Path("badge")
    @Operation(operationId = "myBadge", summary = "My badge: the signed token (the QR code's content) and what is printed on the badge",
            description = "Only a confirmed registration has a badge; a pending one gets it once approved.")
    @APIResponse(responseCode = "200", description = "The badge",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BadgeView.class)))
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    @APIResponse(responseCode = "409", description = "No badge: pending approval, cancelled or rejected")
    public RestResponse<BadgeView> badge() {
        return RestResponse.ResponseBuilder.ok(badges.mine(caller.id())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("badge.png")
    @Produces("image/png")
    @Operation(operationId = "myBadgePicture", summary = "My badge as a picture to print or show on a phone (PNG with the QR code)")
    @APIResponse(responseCode = "200", description = "The badge picture")
    @APIResponse(responseCode = "404", description = "No registration for this secret")
    @APIResponse(responseCode = "409", description = "No badge: pending approval, cancelled or rejected")
    public RestResponse<byte[]> badgePicture() {
        BadgeView badge = badges.mine(caller.id());
        return RestResponse.ResponseBuilder.ok(pictures.png(badge), "image/png")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"badge.png\"")
                .build();
    }
}
