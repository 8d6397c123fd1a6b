package org.exposuite.exhibitor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.ApplicationRequest;
import org.exposuite.exhibitor.api.ApplicationView;
import org.exposuite.exhibitor.api.ProductRequest;
import org.exposuite.exhibitor.api.ProductView;
import org.exposuite.exhibitor.security.ExhibitorRealm;
import org.exposuite.exhibitor.service.ApplicationService;
import org.exposuite.exhibitor.service.ProductService;
import org.exposuite.platform.secret.SelfServiceCaller;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The exhibitor's own application, profile and products. The credential is the application's secret, not a JWT:
 * the platform's secret authentication makes the caller that one application before any body is read. A missing
 * secret answers 401; an unknown one, another kind of secret or a JWT answers 404.
 */
@Path("/api/exhibitors/me")
@RolesAllowed(ExhibitorRealm.ROLE)
@Tag(name = "Exhibitor self-service", description = "Managed with the secret of the application as 'Authorization: Bearer ex_…'")
@SecurityScheme(securitySchemeName = "exhibitorSecret", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The secret returned when the application was created (ex_…)")
@SecurityRequirement(name = "exhibitorSecret")
@APIResponse(responseCode = "401", description = "No secret sent")
@APIResponse(responseCode = "404", description = "The secret belongs to no application")
public class ExhibitorSelfServiceResource {

    @Inject
    SelfServiceCaller caller;

    @Inject
    ApplicationService applications;

    @Inject
    ProductService products;

    @GET
    @Operation(operationId = "readMyApplication", summary = "Read your application and its state")
    @APIResponse(responseCode = "200", description = "Your application")
    public ApplicationView get() {
        return applications.view(caller.id());
    }

    @PUT
    @Operation(operationId = "changeMyApplication", summary = "Change your application while it is a draft or submitted")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "The organizers decided already, or it was withdrawn (application-not-editable)")
    public ApplicationView update(@Valid @NotNull ApplicationRequest request) {
        return applications.update(caller.id(), request);
    }

    @POST
    @Path("/submit")
    @Operation(operationId = "submitMyApplication", summary = "Submit your draft application for review")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Only a draft can be submitted (invalid-transition, with currentState)")
    public ApplicationView submit() {
        return applications.submit(caller.id());
    }

    @POST
    @Path("/withdraw")
    @Operation(operationId = "withdrawMyApplication", summary = "Withdraw your submitted application, or withdraw as an approved exhibitor (staff badges are revoked and the booth is freed)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Not submitted or approved (invalid-transition, with currentState), "
            + "or staff members keep being registered meanwhile (staff-member-busy)")
    @APIResponse(responseCode = "503", description = "registration-service cannot revoke the staff badges, or pavilion-service "
            + "cannot free the booth now; you are still approved, try again")
    public ApplicationView withdraw() {
        return applications.withdraw(caller.id());
    }

    @GET
    @Path("/products")
    @Operation(operationId = "listMyProducts", summary = "List your products")
    @APIResponse(responseCode = "200", description = "One page of your products")
    public List<ProductView> listProducts(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return products.own(caller.id(), page, size);
    }

    @POST
    @Path("/products")
    @Operation(operationId = "addProduct", summary = "Add a product; it shows in the public catalogue once you are approved")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (the image must be an http or https address)")
    @APIResponse(responseCode = "409", description = "The application was rejected or withdrawn")
    public RestResponse<ProductView> addProduct(@Valid @NotNull ProductRequest request) {
        ProductView added = products.add(caller.id(), request);
        return RestResponse.ResponseBuilder.<ProductView>created(URI.create("/api/exhibitors/me/products/" + added.id()))
                .entity(added).build();
    }

    @PUT
    @Path("/products/{productId}")
    @Operation(operationId = "changeProduct", summary = "Change one of your products")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such product of yours")
    public ProductView changeProduct(@PathParam("productId") UUID productId, @Valid @NotNull ProductRequest request) {
        return products.change(caller.id(), productId, request);
    }

    @DELETE
    @Path("/products/{productId}")
    @Operation(operationId = "removeProduct", summary = "Remove one of your products")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such product of yours")
    public void removeProduct(@PathParam("productId") UUID productId) {
        products.remove(caller.id(), productId);
    }
}
