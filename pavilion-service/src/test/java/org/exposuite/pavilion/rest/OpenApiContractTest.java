package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API description is part of the product: every operation says what it does and how it can fail. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndItsErrorResponses() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).containsKeys("/api/pavilions", "/api/booths/{code}/assignment", "/api/booths/moves",
                "/api/pavilions/{code}/floorplan.svg", "/api/sessions/{id}/reservations", "/api/pavilions/{code}/scans");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, item) -> {
            // A path also lists the parameters its operations share.
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            Map<String, Object> raw = (Map<String, Object>) item;
            String operation = method.toUpperCase() + " " + path;
            Map<String, Object> responses = (Map<String, Object>) raw.get("responses");
            Object summary = raw.get("summary");
            if (summary == null || summary.toString().isBlank()) {
                missing.add(operation + ": summary");
            }
            boolean secured = raw.get("security") != null && ((List<Map<String, Object>>) raw.get("security")).stream()
                    .anyMatch(s -> s.containsKey("jwt"));
            if (secured && !(responses.containsKey("401") && responses.containsKey("403"))) {
                missing.add(operation + ": 401 and 403");
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                missing.add(operation + ": 404");
            }
            if (raw.containsKey("requestBody") && !responses.containsKey("400")) {
                missing.add(operation + ": 400");
            }
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                missing.add(operation + ": success response");
            }
        }));
        assertThat(missing).isEmpty();
        Map<String, Object> schemes = given().queryParam("format", "json").get("/q/openapi")
                .then().extract().jsonPath().getMap("components.securitySchemes");
        assertThat(schemes).containsKeys("jwt", "badge");
    }
}
