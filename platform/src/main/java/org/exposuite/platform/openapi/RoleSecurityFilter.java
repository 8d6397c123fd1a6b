package org.exposuite.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Says in the API document who may call each operation, from the same annotations that let the caller in: a
 * {@code @PermitAll} operation is public (no requirement), a {@code @RolesAllowed} one with token roles needs the
 * {@value ApiContractFilter#TOKEN_SCHEME} bearer token. The method's annotation counts before its class's, as it does
 * for the caller. An explicit {@code @SecurityRequirement} (a self-service secret, the badge) stays as written; a
 * self-service role without one fails the build, and so does an operation that says nothing (see
 * {@link ApiContractFilter}). Operations are found by their {@code @Operation(operationId)}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = RoleSecurityFilter.BEFORE_THE_CONTRACT)
public class RoleSecurityFilter implements OASFilter {

    /** Runs before {@link ApiContractFilter} (default priority), which reads the requirements to add 401 and 403. */
    static final int BEFORE_THE_CONTRACT = 10;

    /** The roles a bearer token of the expo's identity provider carries. */
    static final Set<String> TOKEN_ROLES = Set.of("organizer", "scanner", "service");

    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);
    private static final DotName PERMIT_ALL = DotName.createSimple(PermitAll.class);
    private static final DotName ROLES_ALLOWED = DotName.createSimple(RolesAllowed.class);

    /** Each operation id with the roles that may call it; an empty list for a public operation. */
    private final Map<String, List<String>> rolesByOperation = new HashMap<>();

    /** The build hands the filter the index of the service's classes, where the annotations are read. */
    public RoleSecurityFilter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (id == null || operation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            List<String> roles = roles(operation.target().asMethod());
            if (roles != null) {
                rolesByOperation.put(id.asString(), roles);
            }
        }
    }

    /** Who may call the method: null when neither it nor its class says so. */
    private static List<String> roles(MethodInfo method) {
        if (method.hasDeclaredAnnotation(PERMIT_ALL)) {
            return List.of();
        }
        if (method.hasDeclaredAnnotation(ROLES_ALLOWED)) {
            return Arrays.asList(method.declaredAnnotation(ROLES_ALLOWED).value().asStringArray());
        }
        if (method.declaringClass().hasDeclaredAnnotation(PERMIT_ALL)) {
            return List.of();
        }
        AnnotationInstance classRoles = method.declaringClass().declaredAnnotation(ROLES_ALLOWED);
        return classRoles == null ? null : Arrays.asList(classRoles.value().asStringArray());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            List<String> roles = rolesByOperation.get(operation.getOperationId());
            if (operation.getSecurity() == null && roles != null) {
                operation.setSecurity(requirements(method + " " + path, roles));
            }
        }));
    }

    private static List<SecurityRequirement> requirements(String operationName, List<String> roles) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (roles.isEmpty()) {
            return requirements;
        }
        if (!TOKEN_ROLES.containsAll(roles)) {
            throw new IllegalStateException(operationName + " allows " + roles + ", which no bearer token carries: name the"
                    + " self-service secret's scheme with @SecurityRequirement");
        }
        requirements.add(OASFactory.createSecurityRequirement().addScheme(ApiContractFilter.TOKEN_SCHEME));
        return requirements;
    }
}
