package org.exposuite.registration.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.registration.api.CheckinBatch;
import org.exposuite.registration.api.CheckinRequest;
import org.exposuite.registration.api.CheckinResult;
import org.exposuite.registration.api.CheckinStatistics;
import org.exposuite.registration.service.Checkins;

@Path("/api/checkins")
@Tag(name = "Check-in", description = "Badge scans at the expo gates and the counts per day and gate")
public class CheckinResource {

    @Inject
    Checkins checkins;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed("scanner")
    @Operation(operationId = "checkIn", summary = "Scan a badge at a gate",
            description = "Answers ADMIT or DENY with the reason (UNKNOWN_BADGE, BAD_SIGNATURE, EXPIRED, REVOKED, PENDING_APPROVAL,"
                    + " NOT_VALID_TODAY, ALREADY_INSIDE, NOT_INSIDE). The day is judged in the expo's time zone at the scan time."
                    + " The same nonce sent again returns the first decision and counts once.")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong")
    @APIResponse(responseCode = "422", description = "The scan time is in the future")
    public CheckinResult scan(@Valid @NotNull CheckinRequest scan) {
        return checkins.check(scan, identity.getPrincipal().getName());
    }

    @POST
    @Path("batch")
    @RolesAllowed("scanner")
    @Operation(operationId = "checkInBatch", summary = "Upload scans recorded offline (up to 500)",
            description = "Judged in the order of their scan times, each as if sent alone; scans already received return their first decision.")
    @APIResponse(responseCode = "200", description = "The decisions, in the order of the scan times")
    @APIResponse(responseCode = "400", description = "A scan is malformed")
    @APIResponse(responseCode = "422", description = "A scan time is in the future; nothing was recorded")
    public List<CheckinResult> batch(@Valid @NotNull CheckinBatch batch) {
        return checkins.checkAll(batch.scans(), identity.getPrincipal().getName());
    }

    @GET
    @Path("statistics")
    @RolesAllowed("organizer")
    @Operation(operationId = "checkinStatistics", summary = "Entries, exits, refusals, distinct visitors and people inside, per day and gate")
    @APIResponse(responseCode = "200", description = "The counts of the day (today in the expo's time zone when not given)")
    public CheckinStatistics statistics(
            @QueryParam("day") @Size(max = 10) @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2018-05-26") String day) {
        return checkins.statistics(day == null ? checkins.today() : RegistrationResource.calendarDay(day));
    }
}
