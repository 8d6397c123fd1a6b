package org.exposuite.pavilion.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.pavilion.api.AssignmentRequest;
import org.exposuite.pavilion.api.BoothChangeView;
import org.exposuite.pavilion.api.BoothView;
import org.exposuite.pavilion.api.HoldRequest;
import org.exposuite.pavilion.api.MoveRequest;
import org.exposuite.pavilion.api.MoveResult;
import org.exposuite.pavilion.api.Page;
import org.exposuite.pavilion.domain.Booth;
import org.exposuite.pavilion.service.BoothService;
import org.exposuite.platform.cache.PublicRead;

@Path("/api/booths")
@Tag(name = "Booths", description = "Booths on the floor plans and who stands on them")
public class BoothResource {

    /** The caller's deadline for a booth assignment, sent by exhibitor-service with every approval. */
    static final String DEADLINE_HEADER = "Expo-Deadline";

    @Inject
    BoothService booths;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "searchBooths", summary = "Find booths by pavilion, status, type and size (paged, by code)")
    @APIResponse(responseCode = "200", description = "One page of booths")
    @APIResponse(responseCode = "400", description = "A filter or the paging is wrong; the answer names each")
    public Page<BoothView> search(
            @QueryParam("pavilion") @Size(max = 16) String pavilion,
            @QueryParam("status") @Size(max = 8) @Pattern(regexp = "FREE|HELD|ASSIGNED") String status,
            @QueryParam("type") @Size(max = 9) @Pattern(regexp = "INLINE|CORNER|PENINSULA|ISLAND") String type,
            @QueryParam("minArea") @DecimalMin("0") BigDecimal minArea,
            @QueryParam("maxArea") @DecimalMin("0") BigDecimal maxArea,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return booths.search(pavilion, status == null ? null : Booth.Status.valueOf(status),
                type == null ? null : Booth.Type.valueOf(type), minArea, maxArea, page, size);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "getBooth", summary = "One booth with its status and exhibitor")
    @APIResponse(responseCode = "200", description = "The booth; an expired hold shows as free")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: no booth has this code")
    public BoothView get(@PathParam("code") @Size(max = 20) String code) {
        return booths.get(code);
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed("organizer")
    @Operation(operationId = "boothHistory", summary = "Every change of the booth: who, when, from which status to which, for which exhibitor")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: no booth has this code")
    public List<BoothChangeView> history(@PathParam("code") @Size(max = 20) String code) {
        return booths.history(code);
    }

    @PUT
    @Path("/{code}/assignment")
    @RolesAllowed({"service", "organizer"})
    @Operation(operationId = "assignBooth", summary = "Assign the booth to an exhibitor (idempotent for the same exhibitor)")
    @APIResponse(responseCode = "200", description = "The booth, assigned to the exhibitor")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the service or organizer role")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: no booth has this code")
    @APIResponse(responseCode = "409", description = "Type booth-taken: another exhibitor holds or has the booth")
    @APIResponse(responseCode = "408", description = "Type deadline-passed: the Expo-Deadline passed before the booth was assigned; nothing changed")
    public BoothView assign(@PathParam("code") @Size(max = 20) String code, @Valid @NotNull AssignmentRequest request,
                            @Parameter(description = "The instant (e.g. 2018-05-26T02:00:02Z) after which the caller no longer waits:"
                                    + " an assignment that would complete later is not made")
                            @HeaderParam(DEADLINE_HEADER) @Size(max = 40) String deadline) {
        return booths.assign(code, request.exhibitorId(), request.exhibitorName(), actor(), deadlineOf(deadline));
    }

    @DELETE
    @Path("/{code}/assignment")
    @RolesAllowed({"service", "organizer"})
    @Operation(operationId = "vacateBooth", summary = "Free the booth (idempotent when it is already free)",
            description = "With `exhibitorId` the booth is freed only from that exhibitor; organizers may leave it out to free the booth from whoever holds or has it.")
    @APIResponse(responseCode = "204", description = "The booth is free")
    @APIResponse(responseCode = "403", description = "The token lacks the role, or a service left out the exhibitorId")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: no booth has this code")
    @APIResponse(responseCode = "409", description = "Type booth-taken: another exhibitor holds or has the booth")
    public void vacate(@PathParam("code") @Size(max = 20) String code, @QueryParam("exhibitorId") @Size(max = 64) String exhibitorId) {
        if (exhibitorId == null && !identity.hasRole("organizer")) {
            throw new ForbiddenException("Only organizers free a booth without naming its exhibitor.");
        }
        booths.vacate(code, exhibitorId, actor());
    }

    @POST
    @Path("/{code}/hold")
    @RolesAllowed("organizer")
    @Operation(operationId = "holdBooth", summary = "Hold a free booth for an exhibitor for some minutes; it is free again when the hold expires")
    @APIResponse(responseCode = "200", description = "The booth, held")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: no booth has this code")
    @APIResponse(responseCode = "409", description = "Type booth-taken: the booth is assigned, or held for another exhibitor")
    public BoothView hold(@PathParam("code") @Size(max = 20) String code, @Valid @NotNull HoldRequest request) {
        return booths.hold(code, request.exhibitorId(), request.exhibitorName(), request.minutes(), actor());
    }

    @POST
    @Path("/moves")
    @RolesAllowed({"service", "organizer"})
    @Operation(operationId = "moveExhibitor", summary = "Move an exhibitor to another booth in one step (the old booth is freed)")
    @APIResponse(responseCode = "200", description = "Both booths after the move (also when the same move is sent again)")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the service or organizer role")
    @APIResponse(responseCode = "404", description = "Type booth-not-found: one of the booths does not exist")
    @APIResponse(responseCode = "409", description = "Type booth-taken: the new booth is taken; or booth-not-assigned: the exhibitor is not on the old booth")
    public MoveResult move(@Valid @NotNull MoveRequest request) {
        return booths.move(request.exhibitorId(), request.fromBooth(), request.toBooth(), actor());
    }

    // An unreadable deadline is refused rather than ignored, so a caller never counts on a guard it does not have.
    private static Instant deadlineOf(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Instant.parse(header.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(DEADLINE_HEADER + " must be an instant such as 2018-05-26T02:00:02Z.");
        }
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
