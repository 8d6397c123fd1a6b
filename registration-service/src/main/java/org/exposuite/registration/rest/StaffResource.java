package org.exposuite.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.registration.api.StaffBadge;
import org.exposuite.registration.api.StaffMemberRequest;
import org.exposuite.registration.service.StaffBadges;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/registrations/staff/{exhibitorId: [A-Za-z0-9_.:-]{1,64}}/members")
@Tag(name = "Exhibitor staff", description = "Staff badges issued at exhibitor-service's request, within each exhibitor's allowance")
public class StaffResource {

    @Inject
    StaffBadges staff;

    @PUT
    @RolesAllowed("service")
    @Operation(operationId = "addStaffMember", summary = "Issue a staff badge (idempotent per exhibitor and e-mail address)",
            description = "The staff category (EXHIBITOR-STAFF by default) must exist. The allowance sent replaces the exhibitor's current one.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffBadge.class)))
    @APIResponse(responseCode = "200", description = "This member had a badge already; a fresh token of it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffBadge.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong")
    @APIResponse(responseCode = "409", description = "Allowance used up (staff-allowance-exhausted), staff category full or missing")
    public RestResponse<StaffBadge> addMember(@RestPath @Size(max = 64) String exhibitorId, @Valid @NotNull StaffMemberRequest request) {
        StaffBadges.Issued issued = staff.addMember(exhibitorId, request);
        return RestResponse.status(issued.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, issued.badge());
    }

    @DELETE
    @Path("{registrationId: " + RegistrationResource.UUID_PATTERN + "}")
    @RolesAllowed("service")
    @Operation(operationId = "removeStaffMember", summary = "Withdraw a staff badge; it is revoked and its place returns to the allowance")
    @APIResponse(responseCode = "204", description = "Withdrawn (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such staff member of this exhibitor")
    public void removeMember(@RestPath @Size(max = 64) String exhibitorId, @RestPath UUID registrationId) {
        staff.removeMember(exhibitorId, registrationId);
    }
}
