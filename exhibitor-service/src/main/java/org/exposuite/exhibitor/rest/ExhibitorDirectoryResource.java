package org.exposuite.exhibitor.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.DirectoryEntry;
import org.exposuite.exhibitor.api.ExhibitorProfile;
import org.exposuite.exhibitor.service.DirectoryService;
import org.exposuite.platform.cache.PublicRead;

@Path("/api/exhibitors")
@Tag(name = "Directory", description = "The public directory of approved exhibitors")
public class ExhibitorDirectoryResource {

    @Inject
    DirectoryService directory;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "listExhibitors", summary = "Search approved exhibitors with their pavilion and booth, a page at a time")
    public List<DirectoryEntry> list(@Parameter(description = "Text in either company name, the description or a product name")
                                     @QueryParam("q") @Size(max = 100) String text,
                                     @QueryParam("theme") @Size(max = 100) String theme,
                                     @QueryParam("pavilion") @Size(max = 16) String pavilion,
                                     @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String country,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.search(text, theme, pavilion, country, page, size);
    }

    @GET
    @Path("/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "getExhibitor", summary = "An approved exhibitor's page with its booth and products")
    @APIResponse(responseCode = "200", description = "The exhibitor's public profile")
    @APIResponse(responseCode = "404", description = "No approved exhibitor with this id")
    public ExhibitorProfile get(@PathParam("id") UUID id) {
        return directory.profile(id);
    }
}
