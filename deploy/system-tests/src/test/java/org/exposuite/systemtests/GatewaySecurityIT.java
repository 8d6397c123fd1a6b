package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens pass through the gateway untouched; each service decides, and public reads stay public. */
@SystemTest
class GatewaySecurityIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @ParameterizedTest
    @ValueSource(strings = {"/api/pavilions", "/api/categories", "/api/exhibitors"})
    void publicListStillAnswersWhenAStaleTokenIsSentAlong(String path) {
        given().auth().oauth2(Suite.expiredToken("organizer")).accept(ContentType.JSON)
                .when().get(path)
                .then().statusCode(200);
    }

    @Test
    void creatingAPavilionWithoutTokenIsUnauthorized() {
        Response response = given().contentType(ContentType.JSON).body(pavilion(randomCode())).post("/api/pavilions");

        assertProblem(response, 401);
    }

    @Test
    void creatingAPavilionWithAnExpiredOrganizerTokenIsUnauthorized() {
        Response response = given().auth().oauth2(Suite.expiredToken("organizer"))
                .contentType(ContentType.JSON).body(pavilion(randomCode())).post("/api/pavilions");

        assertProblem(response, 401);
    }

    @Test
    void creatingAPavilionAsAScannerIsForbidden() {
        String code = randomCode();
        Response response = given().auth().oauth2(Suite.token("scanner"))
                .contentType(ContentType.JSON).body(pavilion(code)).post("/api/pavilions");

        assertProblem(response, 403);
        given().get("/api/pavilions/" + code).then().statusCode(404);
    }

    @Test
    void organizerCreatesAPavilionThatTheGatewayThenServes() {
        String code = randomCode();
        Response created = given().auth().oauth2(Suite.token("organizer"))
                .contentType(ContentType.JSON).body(pavilion(code)).post("/api/pavilions");

        assertThat(created.statusCode()).as("POST /api/pavilions answered %s", created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getString("code")).isEqualTo(code);
        // Location stays relative or points at the gateway, never at the service's own port
        assertThat(created.header("Location")).endsWith("/api/pavilions/" + code).doesNotContain(":" + Suite.Service.PAVILION.port());

        Response readBack = given().accept(ContentType.JSON).get("/api/pavilions/" + code);
        assertThat(readBack.statusCode()).isEqualTo(200);
        assertThat(readBack.jsonPath().getString("nameEn")).isEqualTo("System Test Pavilion " + code);
        assertThat(readBack.jsonPath().getString("nameZh")).isEqualTo("系统测试馆");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.asString()).doesNotContain("/gateway/");
    }

    private static Map<String, Object> pavilion(String code) {
        return Map.ofEntries(
                Map.entry("code", code),
                Map.entry("nameEn", "System Test Pavilion " + code),
                Map.entry("nameZh", "系统测试馆"),
                Map.entry("theme", "Digital Applications"),
                Map.entry("hall", "Hall S"),
                Map.entry("areaM2", 1200),
                Map.entry("safeOccupancy", 300),
                Map.entry("floorWidthM", 40),
                Map.entry("floorDepthM", 30));
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder("S");
        for (int i = 0; i < 11; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }
}
