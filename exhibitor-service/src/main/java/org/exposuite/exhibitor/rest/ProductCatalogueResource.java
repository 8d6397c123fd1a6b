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
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.exposuite.exhibitor.api.ProductView;
import org.exposuite.exhibitor.service.ProductService;
import org.exposuite.platform.cache.PublicRead;

@Path("/api/products")
@Tag(name = "Products", description = "The public catalogue of the approved exhibitors' products")
public class ProductCatalogueResource {

    @Inject
    ProductService products;

    @GET
    @PermitAll
    @PublicRead(maxAgeSeconds = 5, staleWhileRevalidateSeconds = 5)
    @Operation(operationId = "searchProducts", summary = "Search the product catalogue, with the booth where each product is shown")
    public List<ProductView> search(@Parameter(description = "Text in the product name or description, or the company name")
                                    @QueryParam("q") @Size(max = 100) String text,
                                    @QueryParam("theme") @Size(max = 100) String theme,
                                    @QueryParam("category") @Size(max = 100) String category,
                                    @QueryParam("pavilion") @Size(max = 16) String pavilion,
                                    @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String country,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return products.catalogue(text, theme, category, pavilion, country, page, size);
    }
}
