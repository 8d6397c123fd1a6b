package org.exposuite.pavilion.rest;

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
                .body("info.title", equalTo("Expo Suite — Pavilion API"))
                .body("info.version", equalTo("1.0.0"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/pavilions"));
    }

    @Test
    void oversizedBodyIsAPayloadTooLargeProblem() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType("application/json")
                .body("{\"nameEn\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/pavilions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/payload-too-large"));
    }
}
