package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesTheService() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Expo Suite — Exhibitor API"))
                .body("info.version", equalTo("1.0.0"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/exhibitors"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("jwt"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("exhibitorSecret"))
                .body("paths.'/api/exhibitors/applications/{id}/approve'.post.security[0]", org.hamcrest.Matchers.hasKey("jwt"))
                .body("paths.'/api/exhibitors/me'.get.security[0]", org.hamcrest.Matchers.hasKey("exhibitorSecret"));
    }

    @Test
    void oversizedBodyIsAPayloadTooLargeProblem() {
        given().contentType("application/json")
                .body("{\"companyNameEn\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/exhibitors/applications")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/payload-too-large"));
    }
}
