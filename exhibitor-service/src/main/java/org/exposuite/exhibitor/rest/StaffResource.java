package org.exposuite.exhibitor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.StaffMemberView;
import org.exposuite.exhibitor.api.StaffRequest;
import org.exposuite.exhibitor.api.StaffRosterView;
import org.exposuite.exhibitor.security.ExhibitorRealm;
import org.exposuite.exhibitor.service.StaffService;
import org.exposuite.platform.secret.SelfServiceCaller;
import org.jboss.resteasy.reactive.RestResponse;

/** The exhibitor's stand staff and their badges, managed with the application's secret. */
@Path("/api/exhibitors/me/staff")
@RolesAllowed(ExhibitorRealm.ROLE)
@Tag(name = "Exhibitor staff", description = "Staff badges within the allowance of the booth, managed with 'Authorization: Bearer ex_…'")
@SecurityRequirement(name = "exhibitorSecret")
@APIResponse(responseCode = "401", description = "No secret sent")
@APIResponse(responseCode = "404", description = "The secret belongs to no application")
public class StaffResource {

    @Inject
    SelfServiceCaller caller;

    @Inject
    StaffService staff;

    @GET
    @Operation(operationId = "listStaff", summary = "List your staff and your staff allowance")
    @APIResponse(responseCode = "200", description = "Your staff and their badges")
    public StaffRosterView list() {
        return staff.roster(caller.id());
    }

    @POST
    @Operation(operationId = "registerStaffMember", summary = "Register a staff member and get the person's exhibitor-staff badge",
            description = "Your booth allows 3 staff badges plus one for every full 9 m². Registering the same e-mail "
                    + "again answers 200 with the same member and badge.")
    @APIResponse(responseCode = "201", description = "Registered; the body holds the badge token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "200", description = "Registered before; the same member and badge",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffMemberView.class)))
    @APIResponse(responseCode = "400", description = "A name or the e-mail is missing or wrong")
    @APIResponse(responseCode = "409", description = "The allowance is used up (staff-allowance-exhausted), or you are not approved (exhibitor-not-approved)")
    @APIResponse(responseCode = "422", description = "The registration refused a badge for this person (staff-badge-refused)")
    @APIResponse(responseCode = "503", description = "registration-service cannot issue the badge now; nothing was registered, try again")
    public RestResponse<StaffMemberView> register(@Valid @NotNull StaffRequest request) {
        StaffService.Registered registered = staff.register(caller.id(), request);
        if (!registered.created()) {
            return RestResponse.ok(registered.member());
        }
        return RestResponse.ResponseBuilder.<StaffMemberView>created(
                URI.create("/api/exhibitors/me/staff/" + registered.member().id())).entity(registered.member()).build();
    }

    @DELETE
    @Path("/{staffId}")
    @Operation(operationId = "removeStaffMember", summary = "Remove a staff member; the badge is revoked")
    @APIResponse(responseCode = "204", description = "Removed, badge revoked")
    @APIResponse(responseCode = "404", description = "No such staff member of yours")
    @APIResponse(responseCode = "409", description = "The badge is still being issued (staff-member-busy)")
    @APIResponse(responseCode = "503", description = "registration-service cannot revoke the badge now; the member stays, try again")
    public void remove(@PathParam("staffId") UUID staffId) {
        staff.remove(caller.id(), staffId);
    }
}
