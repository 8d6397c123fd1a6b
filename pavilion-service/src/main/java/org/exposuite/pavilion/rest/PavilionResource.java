package org.exposuite.pavilion.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.pavilion.service.PavilionService;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/pavilions")
@Tag(name = "Pavilions", description = "The themed halls of the expo")
public class PavilionResource {

    @Inject
    PavilionService pavilions;

    @GET
    @PermitAll
    @Operation(summary = "List the pavilions with their booth counts and current occupancy")
    public List<PavilionView> list(@QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return pavilions.list(includeRetired);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One pavilion with its booth counts and current occupancy")
    @APIResponse(responseCode = "200", description = "The pavilion")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public PavilionView get(@PathParam("code") String code) {
        return pavilions.get(code);
    }

    @POST
    @RolesAllowed("organizer")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create a pavilion")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "The code is already in use")
    public RestResponse<PavilionView> create(@Valid @NotNull PavilionRequest request) {
        PavilionView created = pavilions.create(request);
        return RestResponse.ResponseBuilder.<PavilionView>created(URI.create("/api/pavilions/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed("organizer")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change a pavilion (its code stays)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public PavilionView change(@PathParam("code") String code, @Valid @NotNull PavilionRequest request) {
        return pavilions.change(code, request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed("organizer")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Retire a pavilion: it leaves the public list, its history stays")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No pavilion has this code")
    public void retire(@PathParam("code") String code) {
        pavilions.retire(code);
    }
}
