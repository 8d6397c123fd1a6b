package org.exposuite.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every service's API document says alike, added while the service is built: null allowed wherever a property is
 * optional, the problem answers any operation can give (400, 401 and 403 for token-secured ones, 500, 503) with one {@code Problem} schema, the size of values
 * whose format fixes it, the Idempotency-Key's bounds, and the server. Resources keep only their own answers (404, 409,
 * 422 with their meaning). An operation that does not declare who may call it fails the build: {@link RoleSecurityFilter}
 * reads that from its {@code @RolesAllowed} or {@code @PermitAll}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiContractFilter implements OASFilter {

    /** The bearer scheme of organizer, scanner and service tokens in every service's document. */
    public static final String TOKEN_SCHEME = "jwt";

    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Map<String, String> GENERIC_ANSWERS = new LinkedHashMap<>();

    static {
        GENERIC_ANSWERS.put("400", "The request is malformed or a value is wrong (a body that is not JSON, an unknown field, a value of the"
                + " wrong kind or out of bounds, a NUL character); 'violations' names each wrong field");
        GENERIC_ANSWERS.put("500", "An unexpected failure; the answer holds only the request id to quote");
        GENERIC_ANSWERS.put("503", "The service or its database is unavailable for a moment (through the gateway also when the service"
                + " cannot be reached); try again later");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        // one schema for every error answer, in place of the problem extension's generic ones
        components.removeSchema("HttpProblem");
        components.removeSchema("HttpValidationProblem");
        components.removeSchema("Violation");
        allowNullWhereOptional(components);
        openAPI.setComponents(components.addSchema(PROBLEM_SCHEMA, problemSchema()));
        // relative: the document is read through the gateway (the API's one origin) or from the service itself
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The origin this document was read from: the expo's gateway in production, the service itself in a local run")
                .addExtension("x-internal", false)));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                describeAnswers(method + " " + path, operation)));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        List<SchemaType> type = schema.getType();
        if (type != null && type.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getFormat() != null) {
            Integer length = switch (schema.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;            // 2018-05-26
                case "time", "local-time" -> 18; // 09:30:00.123456789
                case "date-time" -> 35;       // 2018-05-26T09:30:00.123456789+08:00
                default -> null;
            };
            if (length != null) {
                schema.setMaxLength(length);
            }
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        // the platform's idempotency refuses any other key with its own problem, so the bound is documented here
        if (parameter.getIn() == Parameter.In.HEADER && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()) && parameter.getSchema() != null) {
            parameter.getSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$");
        }
        return parameter;
    }

    /** Jackson writes a field a record leaves empty as null, so every property a schema does not require also allows null. */
    private static void allowNullWhereOptional(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, required.contains(name) ? property : orNull(property)));
            schema.setProperties(properties);
        });
    }

    private static Schema orNull(Schema property) {
        if (property.getRef() == null && property.getEnumeration() == null) {
            if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
            return property;
        }
        // a reference or a set of values cannot take null itself: either it or null
        return OASFactory.createSchema().anyOf(List.of(property, OASFactory.createSchema().addType(SchemaType.NULL)));
    }

    private static void describeAnswers(String operationName, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            throw new IllegalStateException(operationName + " does not say who may call it: add @RolesAllowed, or @PermitAll for a"
                    + " public operation, beside its @Operation(operationId)");
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> answers = new LinkedHashMap<>(GENERIC_ANSWERS);
        if (security.stream().anyMatch(requirement -> requirement.hasScheme(TOKEN_SCHEME))) {
            answers.put("401", "No valid bearer token: none, expired, from another issuer, or a self-service secret");
            answers.put("403", "The token's role may not call this operation");
        }
        answers.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
            }
        });
    }

    /** RFC 9457 problem details as every service answers them. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An error as RFC 9457 problem details")
                .addProperty("type", text(200, "A stable URI naming the kind of problem").format("uri"))
                .addProperty("title", text(200, "A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).description("The HTTP status"))
                .addProperty("detail", text(2000, "What went wrong in this request"))
                .addProperty("instance", text(2000, "The request's path"))
                .addProperty("requestId", text(200, "The request id to quote when asking for help"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000)
                        .description("Each wrong field of a refused request")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("field", text(500, "The field, e.g. days[2] or email"))
                                .addProperty("in", text(20, "Where the field is: body, query, path or header"))
                                .addProperty("message", text(500, "What is wrong with it"))))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(int maxLength, String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).description(description);
    }
}
