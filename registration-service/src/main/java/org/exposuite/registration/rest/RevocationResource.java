package org.exposuite.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.registration.api.RevocationPage;
import org.exposuite.registration.service.BadgeRevocations;

@Path("/api/registrations/revocations")
@Tag(name = "Badges")
public class RevocationResource {

    @Inject
    BadgeRevocations revocations;

    @GET
    @RolesAllowed({"scanner", "service"})
    @Operation(operationId = "listRevocations", summary = "Badges revoked since a cursor (cancelled, rejected, erased, staff withdrawn)",
            description = "Start with since=0, keep nextCursor and ask again with it; more=true means another page is ready now.")
    @APIResponse(responseCode = "200", description = "The revocations after the cursor, oldest first")
    public RevocationPage since(@QueryParam("since") @DefaultValue("0") @Min(0) @Max(Long.MAX_VALUE) long since,
                                @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(BadgeRevocations.MAX_PAGE_SIZE) int limit) {
        return revocations.since(since, limit);
    }
}
