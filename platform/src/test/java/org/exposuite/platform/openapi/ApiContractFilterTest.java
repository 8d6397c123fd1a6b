package org.exposuite.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ApiContractFilterTest {

    private final ApiContractFilter filter = new ApiContractFilter();

    @Test
    void publicOperationGetsTheGenericProblemAnswersButNo401() {
        Operation register = operation(List.of())
                .responses(OASFactory.createAPIResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("Category full")));

        filter.filterOpenAPI(document("/api/registrations", register));

        assertThat(register.getResponses().getAPIResponses()).containsOnlyKeys("400", "409", "500", "503");
        assertThat(register.getResponses().getAPIResponse("409").getDescription()).isEqualTo("Category full");
        assertThat(register.getResponses().getAPIResponse("409").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void tokenSecuredOperationAlsoAnswers401And403() {
        Operation search = operation(List.of(OASFactory.createSecurityRequirement().addScheme("jwt")));

        filter.filterOpenAPI(document("/api/registrations", search));

        assertThat(search.getResponses().getAPIResponses()).containsKeys("400", "401", "403", "500", "503");
    }

    @Test
    void selfServiceOperationKeepsItsOwnAnswersWithout401() {
        Operation read = operation(List.of(OASFactory.createSecurityRequirement().addScheme("attendeeSecret")));

        filter.filterOpenAPI(document("/api/registrations/me", read));

        assertThat(read.getResponses().getAPIResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void optionalPropertiesAllowNullAndRequiredOnesDoNot() {
        Schema view = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("code", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("description", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("boothType", OASFactory.createSchema().ref("BoothType"))
                .required(List.of("code"));
        OpenAPI document = document("/api/booths", operation(List.of()));
        document.setComponents(OASFactory.createComponents().addSchema("BoothView", view));

        filter.filterOpenAPI(document);

        Schema filtered = document.getComponents().getSchemas().get("BoothView");
        assertThat(filtered.getProperties().get("code").getType()).containsExactly(SchemaType.STRING);
        assertThat(filtered.getProperties().get("description").getType()).containsExactly(SchemaType.STRING, SchemaType.NULL);
        List<Schema> either = filtered.getProperties().get("boothType").getAnyOf();
        assertThat(either).hasSize(2);
        assertThat(either.get(0).getRef()).isEqualTo("#/components/schemas/BoothType");
        assertThat(either.get(1).getType()).containsExactly(SchemaType.NULL);
    }

    @Test
    void operationThatDoesNotSayWhoMayCallItFailsTheBuild() {
        Operation unsaid = operation(null);

        assertThatThrownBy(() -> filter.filterOpenAPI(document("/api/categories", unsaid)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /api/categories");
    }

    @Test
    void documentHasOneProblemSchemaAndTheRelativeServer() {
        OpenAPI document = document("/api/categories", operation(List.of()));
        document.getComponents().addSchema("HttpProblem", OASFactory.createSchema());

        filter.filterOpenAPI(document);

        assertThat(document.getComponents().getSchemas()).containsKey("Problem").doesNotContainKey("HttpProblem");
        assertThat(document.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
    }

    @Test
    void formatsWithAFixedLengthGetTheirMaxLength() {
        assertThat(filter.filterSchema(string("uuid")).getMaxLength()).isEqualTo(36);
        assertThat(filter.filterSchema(string("date")).getMaxLength()).isEqualTo(10);
        assertThat(filter.filterSchema(string("email")).getMaxLength()).isNull();
        assertThat(filter.filterSchema(string("uuid").maxLength(5)).getMaxLength()).isEqualTo(5);
    }

    @Test
    void idempotencyKeyIsDocumentedWithTheBoundsThePlatformEnforces() {
        Parameter key = OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));

        filter.filterParameter(key);

        assertThat(key.getSchema().getMinLength()).isEqualTo(1);
        assertThat(key.getSchema().getMaxLength()).isEqualTo(255);
    }

    private static Operation operation(List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> security) {
        Operation operation = OASFactory.createOperation().operationId("anOperation");
        operation.setSecurity(security);
        return operation;
    }

    private static OpenAPI document(String path, Operation operation) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem(path, OASFactory.createPathItem().GET(operation)));
    }

    private static Schema string(String format) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format(format);
    }
}
