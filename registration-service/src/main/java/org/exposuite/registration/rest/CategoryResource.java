package org.exposuite.registration.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.platform.cache.PublicRead;
import org.exposuite.registration.api.CategoryRequest;
import org.exposuite.registration.api.CategoryView;
import org.exposuite.registration.api.InvitationRequest;
import org.exposuite.registration.api.InvitationView;
import org.exposuite.registration.service.CategoryService;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/categories")
@Tag(name = "Categories", description = "Kinds of registration with their capacity, per-day limits, sale window and invitation codes")
public class CategoryResource {

    @Inject
    CategoryService categories;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 1, staleWhileRevalidateSeconds = 1)
    @Operation(operationId = "listCategories", summary = "List the categories on sale now, with the places that remain overall and per day")
    public List<CategoryView> list() {
        return categories.listOnSale();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @PublicRead(maxAgeSeconds = 1, staleWhileRevalidateSeconds = 1)
    @Operation(operationId = "getCategory", summary = "Read one category, on sale or not")
    @APIResponse(responseCode = "200", description = "The category")
    @APIResponse(responseCode = "404", description = "No such category")
    public CategoryView get(@RestPath @Size(max = 32) String code) {
        return categories.get(code);
    }

    @POST
    @RolesAllowed("organizer")
    @Operation(operationId = "createCategory", summary = "Create a registration category")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "The code is already in use")
    @APIResponse(responseCode = "422", description = "A day is not a day of the expo, or named twice")
    public RestResponse<CategoryView> create(@Valid @NotNull CategoryRequest request) {
        CategoryView created = categories.create(request, identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<CategoryView>created(URI.create("/api/categories/" + created.code()))
                .entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("organizer")
    @Operation(operationId = "changeCategory", summary = "Change a category",
            description = "Capacities (overall and per day) may be raised, and lowered only down to the places already taken."
                    + " A day may be removed only while no place on it is taken.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "A capacity below the places taken, a day in use, or the new code is in use")
    public CategoryView update(@RestPath @Size(max = 32) String code, @Valid @NotNull CategoryRequest request) {
        return categories.update(code, request, identity.getPrincipal().getName());
    }

    @GET
    @Path("{code}/invitations")
    @RolesAllowed("organizer")
    @Operation(operationId = "listInvitations", summary = "List a category's invitation codes with their uses")
    @APIResponse(responseCode = "200", description = "The codes")
    @APIResponse(responseCode = "404", description = "No such category")
    public List<InvitationView> invitations(@RestPath @Size(max = 32) String code) {
        return categories.invitations(code);
    }

    @POST
    @Path("{code}/invitations")
    @RolesAllowed("organizer")
    @Operation(operationId = "createInvitation", summary = "Create an invitation code for a category, with its number of uses")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public RestResponse<InvitationView> createInvitation(@RestPath @Size(max = 32) String code, @Valid @NotNull InvitationRequest request) {
        InvitationView created = categories.createInvitation(code, request, identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<InvitationView>created(URI.create("/api/categories/" + code + "/invitations"))
                .entity(created).build();
    }
}
