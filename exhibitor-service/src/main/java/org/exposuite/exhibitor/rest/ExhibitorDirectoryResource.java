package org.exposuite.exhibitor.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.service.DirectoryService;

@Path("/api/exhibitors")
@Tag(name = "Directory", description = "The public directory of approved exhibitors")
public class ExhibitorDirectoryResource {

    @Inject
    DirectoryService directory;

    @GET
    @PermitAll
    @Operation(summary = "List approved exhibitors with their pavilion and booth, a page at a time")
    public List<DirectoryEntry> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.page(page, size);
    }
}
