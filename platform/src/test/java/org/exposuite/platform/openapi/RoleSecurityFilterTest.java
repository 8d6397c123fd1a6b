package org.exposuite.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class RoleSecurityFilterTest {

    @RolesAllowed("organizer")
    static class CategoryResource {

        @Operation(operationId = "createCategory")
        public void create() {
        }

        @PermitAll
        @Operation(operationId = "listCategories")
        public void list() {
        }

        @RolesAllowed({"scanner", "service"})
        @Operation(operationId = "revokeBadge")
        public void revoke() {
        }
    }

    static class WaitlistResource {

        @RolesAllowed("waiting-list")
        @Operation(operationId = "readMyPlace")
        public void read() {
        }

        @Operation(operationId = "forgotten")
        public void forgotten() {
        }
    }

    @PermitAll
    static class DirectoryResource {

        @Operation(operationId = "directory")
        public void directory() {
        }
    }

    @Test
    void tokenRolesNeedTheBearerTokenAndTheMethodsRoleCountsBeforeTheClasss() throws IOException {
        OpenAPI document = document("createCategory", "revokeBadge", "listCategories");

        new RoleSecurityFilter(Index.of(CategoryResource.class)).filterOpenAPI(document);

        assertThat(schemes(document, "createCategory")).containsExactly("jwt");
        assertThat(schemes(document, "revokeBadge")).containsExactly("jwt");
        assertThat(security(document, "listCategories")).isEmpty();
    }

    @Test
    void publicClassMakesItsOperationsPublic() throws IOException {
        OpenAPI document = document("directory");

        new RoleSecurityFilter(Index.of(DirectoryResource.class)).filterOpenAPI(document);

        assertThat(security(document, "directory")).isEmpty();
    }

    @Test
    void explicitRequirementStaysAsWritten() throws IOException {
        OpenAPI document = document("readMyPlace");
        operation(document, "readMyPlace").setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("waitingListSecret")));

        new RoleSecurityFilter(Index.of(WaitlistResource.class)).filterOpenAPI(document);

        assertThat(schemes(document, "readMyPlace")).containsExactly("waitingListSecret");
    }

    @Test
    void selfServiceRoleWithoutItsSchemeFailsTheBuild() throws IOException {
        OpenAPI document = document("readMyPlace");
        RoleSecurityFilter filter = new RoleSecurityFilter(Index.of(WaitlistResource.class));

        assertThatThrownBy(() -> filter.filterOpenAPI(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /readMyPlace")
                .hasMessageContaining("waiting-list");
    }

    @Test
    void operationWithNeitherRoleNorPermitAllStillFailsTheBuild() throws IOException {
        OpenAPI document = document("forgotten");

        new RoleSecurityFilter(Index.of(WaitlistResource.class)).filterOpenAPI(document);

        assertThat(security(document, "forgotten")).isNull();
        assertThatThrownBy(() -> new ApiContractFilter().filterOpenAPI(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /forgotten does not say who may call it");
    }

    /** One GET path per operation id, named after it, saying nothing about security yet. */
    private static OpenAPI document(String... operationIds) {
        var paths = OASFactory.createPaths();
        for (String id : operationIds) {
            paths.addPathItem("/" + id, OASFactory.createPathItem().GET(OASFactory.createOperation().operationId(id)
                    .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")))));
        }
        return OASFactory.createOpenAPI().paths(paths);
    }

    private static org.eclipse.microprofile.openapi.models.Operation operation(OpenAPI document, String id) {
        PathItem item = document.getPaths().getPathItem("/" + id);
        return item.getGET();
    }

    private static List<SecurityRequirement> security(OpenAPI document, String id) {
        return operation(document, id).getSecurity();
    }

    private static List<String> schemes(OpenAPI document, String id) {
        return security(document, id).stream().flatMap(requirement -> requirement.getSchemes().keySet().stream()).toList();
    }
}
