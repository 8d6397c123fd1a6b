package org.exposuite.exhibitor.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.ApplicationCreated;
import org.exposuite.exhibitor.api.ApplicationRequest;
import org.exposuite.exhibitor.api.ApplicationView;
import org.exposuite.exhibitor.api.ApprovalRequest;
import org.exposuite.exhibitor.api.RejectionRequest;
import org.exposuite.exhibitor.api.ReviewActionView;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.service.ApplicationService;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/exhibitors/applications")
@Tag(name = "Applications", description = "Companies apply to exhibit; organizers review, approve onto a booth or reject")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    SecurityIdentity identity;

    @POST
    @PermitAll
    @Operation(operationId = "apply", summary = "Apply to exhibit (no account needed); the application starts as a draft")
    @APIResponse(responseCode = "201", description = "Created; the body holds the secret that manages the application and later the exhibitor profile, shown only this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationCreated.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still in progress")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    public RestResponse<ApplicationCreated> apply(@Valid @NotNull ApplicationRequest request,
                                                  @Parameter(description = "Makes retries safe: 1 to 255 visible ASCII characters; the same key and body replay the first answer (kept 48 h)")
                                                  @RestHeader("Idempotency-Key") String idempotencyKey) {
        return applications.apply(request, idempotencyKey).toResponse();
    }

    @GET
    @RolesAllowed("organizer")
    @Operation(operationId = "listApplications", summary = "List applications for review, oldest first, filtered by state, theme, pavilion (requested or assigned) and country")
    @APIResponse(responseCode = "200", description = "One page of applications")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    public List<ApplicationView> list(@QueryParam("state") Exhibitor.State state,
                                      @QueryParam("theme") @Size(max = 100) String theme,
                                      @QueryParam("pavilion") @Size(max = 16) String pavilion,
                                      @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String country,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return applications.list(state, theme, pavilion, country, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("organizer")
    @Operation(operationId = "getApplication", summary = "Read one application with its contact details")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.view(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("organizer")
    @Operation(operationId = "applicationHistory", summary = "Every recorded step of an application: who, when, what, from which state to which, and why")
    @APIResponse(responseCode = "200", description = "The steps, oldest first")
    @APIResponse(responseCode = "404", description = "No such application")
    public List<ReviewActionView> history(@PathParam("id") UUID id) {
        return applications.history(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("organizer")
    @Operation(operationId = "approveApplication", summary = "Approve a submitted application onto a booth; pavilion-service assigns the booth first")
    @APIResponse(responseCode = "200", description = "Approved; the exhibitor now stands on the booth and appears in the directory")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "The application is not SUBMITTED (invalid-transition, with currentState), or the booth is taken (booth-taken)")
    @APIResponse(responseCode = "422", description = "There is no such booth (booth-not-found)")
    @APIResponse(responseCode = "503", description = "pavilion-service cannot be reached; nothing was changed, try again (pavilion-service-unavailable)")
    public ApplicationView approve(@PathParam("id") UUID id, @Valid @NotNull ApprovalRequest request) {
        return applications.approve(id, request.boothCode(), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("organizer")
    @Operation(operationId = "rejectApplication", summary = "Reject a submitted application with a reason the company will read")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "The application is not SUBMITTED (invalid-transition, with currentState)")
    public ApplicationView reject(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest request) {
        return applications.reject(id, request.reason(), identity.getPrincipal().getName());
    }
}
