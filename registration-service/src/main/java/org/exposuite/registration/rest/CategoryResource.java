package org.exposuite.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.registration.service.CategoryService;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/categories")
@Tag(name = "Categories", description = "Kinds of registration with their capacity and sale window")
public class CategoryResource {

    @Inject
    CategoryService categories;

    @GET
    @PermitAll
    @Operation(summary = "List the registration categories with the places that remain")
    public List<CategoryView> list() {
        return categories.list();
    }

    @POST
    @RolesAllowed("organizer")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Create a registration category")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the answer names each")
    @APIResponse(responseCode = "409", description = "The code is already in use")
    public RestResponse<CategoryView> create(@Valid @NotNull CategoryRequest request) {
        CategoryView created = categories.create(request);
        return RestResponse.ResponseBuilder.<CategoryView>created(URI.create("/api/categories/" + created.code()))
                .entity(created).build();
    }
}
