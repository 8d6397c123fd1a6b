package org.exposuite.pavilion.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.pavilion.api.FloorPlanRequest;
import org.exposuite.pavilion.api.FloorPlanView;
import org.exposuite.pavilion.api.PavilionChange;
import org.exposuite.pavilion.api.PavilionRequest;
import org.exposuite.pavilion.api.PavilionView;
import org.exposuite.pavilion.api.ScanRequest;
import org.exposuite.pavilion.api.ScanResult;
import org.exposuite.pavilion.service.FloorPlanService;
import org.exposuite.pavilion.service.OccupancyService;
import org.exposuite.pavilion.service.PavilionMetrics;
import org.exposuite.pavilion.service.PavilionService;
import org.exposuite.platform.badge.Badge;
import org.exposuite.platform.badge.BadgeInvalidException;
import org.exposuite.platform.badge.BadgeVerifier;
import org.exposuite.platform.cache.PublicRead;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/pavilions")
@Tag(name = "Pavilions", description = "The themed halls of the expo, their floor plans and occupancy")
public class PavilionResource {

    static final String SVG = "image/svg+xml";

    @Inject
    PavilionService pavilions;

    @Inject
    FloorPlanService floorPlans;

    @Inject
    OccupancyService occupancy;

    @Inject
    BadgeVerifier badges;

    @Inject
    PavilionMetrics metrics;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 2, staleWhileRevalidateSeconds = 2)
    @Operation(operationId = "listPavilions", summary = "List the pavilions with their booth counts and current occupancy")
    @APIResponse(responseCode = "200", description = "The pavilions, by code")
    public List<PavilionView> list(@QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return pavilions.list(includeRetired);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @PublicRead(maxAgeSeconds = 2, staleWhileRevalidateSeconds = 2)
    @Operation(operationId = "getPavilion", summary = "One pavilion with its booth counts and current occupancy")
    @APIResponse(responseCode = "200", description = "The pavilion")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public PavilionView get(@PathParam("code") @Size(max = 16) String code) {
        return pavilions.get(code);
    }

    @POST
    @RolesAllowed("organizer")
    @Operation(operationId = "createPavilion", summary = "Create a pavilion")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PavilionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "409", description = "The code is already in use")
    @APIResponse(responseCode = "422", description = "Opening hours name a day that is not an expo day")
    public RestResponse<PavilionView> create(@Valid @NotNull PavilionRequest request) {
        PavilionView created = pavilions.create(request);
        return RestResponse.ResponseBuilder.<PavilionView>created(URI.create("/api/pavilions/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("organizer")
    @Operation(operationId = "changePavilion", summary = "Change a pavilion (its code stays)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    @APIResponse(responseCode = "409", description = "The safe limit would be below the people inside now")
    @APIResponse(responseCode = "422", description = "A booth would lie outside the smaller hall, or a day is not an expo day")
    public PavilionView change(@PathParam("code") @Size(max = 16) String code, @Valid @NotNull PavilionChange change) {
        return pavilions.change(code, change);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("organizer")
    @Operation(operationId = "retirePavilion", summary = "Retire a pavilion: it leaves the public list, its history stays")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public void retire(@PathParam("code") @Size(max = 16) String code) {
        pavilions.retire(code);
    }

    @GET
    @Path("/{code}/floorplan")
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "floorPlan", summary = "The pavilion's floor plan as data: hall size in metres and every booth")
    @APIResponse(responseCode = "200", description = "The floor plan")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public FloorPlanView floorPlan(@PathParam("code") @Size(max = 16) String code) {
        return floorPlans.get(code);
    }

    @GET
    @Path("/{code}/floorplan.svg")
    @Produces(SVG)
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "floorPlanPicture", summary = "The pavilion's floor plan as a picture: booths to scale, coloured by status, with exhibitor names")
    @APIResponse(responseCode = "200", description = "An SVG image")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public RestResponse<String> floorPlanPicture(@PathParam("code") @Size(max = 16) String code) {
        return RestResponse.ResponseBuilder.ok(FloorPlanSvg.render(floorPlans.get(code)), SVG).build();
    }

    @PUT
    @Path("/{code}/floorplan")
    @RolesAllowed("organizer")
    @Operation(operationId = "importFloorPlan", summary = "Import the pavilion's whole floor plan",
            description = "Booths in the plan are created or placed anew (their status stays); booths left out are removed, "
                    + "which only free booths may be. The plan is checked as a whole: if one booth is wrong nothing is stored, "
                    + "and the answer's `errors` names every wrong booth and what is wrong with it.")
    @APIResponse(responseCode = "200", description = "The floor plan as stored")
    @APIResponse(responseCode = "400", description = "The body is not a floor plan")
    @APIResponse(responseCode = "403", description = "The token lacks the organizer role")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    @APIResponse(responseCode = "409", description = "The pavilion is retired")
    @APIResponse(responseCode = "422", description = "Booths overlap, lie outside the hall, reuse a code or are otherwise wrong; nothing stored")
    public FloorPlanView importFloorPlan(@PathParam("code") @Size(max = 16) String code, @Valid @NotNull FloorPlanRequest plan) {
        return floorPlans.importPlan(code, plan.booths());
    }

    @POST
    @Path("/{code}/scans")
    @RolesAllowed("scanner")
    @Operation(operationId = "scanAtEntrance", summary = "Count a badge scanned at a pavilion entrance (IN) or exit (OUT)",
            description = "A repeated nonce counts once and answers the current count with `counted: false`.")
    @APIResponse(responseCode = "200", description = "The pavilion's count after the scan")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong")
    @APIResponse(responseCode = "401", description = "No valid bearer token, or the badge is not valid")
    @APIResponse(responseCode = "403", description = "The token lacks the scanner role, or the badge does not admit today")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    @APIResponse(responseCode = "409", description = "Type pavilion-full: the pavilion is at its safe limit; entry refused")
    @APIResponse(responseCode = "503", description = "The badge keys cannot be fetched right now")
    public ScanResult scan(@PathParam("code") @Size(max = 16) String code, @Valid @NotNull ScanRequest scan) {
        Badge badge;
        try {
            badge = badges.verifyCredential(scan.badgeToken());
        } catch (BadgeInvalidException refused) {
            metrics.entranceDenied(code, scan.direction(), PavilionMetrics.EntranceDenial.BADGE_INVALID);
            throw refused;
        }
        return occupancy.scan(code, badge, scan.direction(), scan.nonce(), identity.getPrincipal().getName());
    }
}
