package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.exposuite.pavilion.api.PavilionProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PavilionResourceTest {

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String pavilionJson(String code) {
        return """
                {"code":"%s","nameEn":"Frontier Technology","nameZh":"前沿技术馆","theme":"Frontier technology",
                 "hall":"Hall 3","areaM2":12000,"safeOccupancy":4000,"floorWidthM":120,"floorDepthM":100,
                 "openHours":[{"day":"2018-05-26","opens":"09:00","closes":"18:00"},{"day":"2018-05-29","opens":"09:00","closes":"16:00"}]}
                """.formatted(code);
    }

    @Test
    void organizerCreatesPavilionAndPublicReadsIt() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer"))
                .contentType(ContentType.JSON).body(pavilionJson(code))
                .when().post("/api/pavilions")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", equalTo(code))
                .body("nameZh", equalTo("前沿技术馆"))
                .body("occupancy", equalTo(0))
                .body("boothsByStatus.FREE", equalTo(0));

        given().when().get("/api/pavilions/" + code)
                .then().statusCode(200).body("safeOccupancy", equalTo(4000));
        given().when().get("/api/pavilions")
                .then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void retiredPavilionLeavesThePublicList() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilionJson(code))
                .post("/api/pavilions").then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).delete("/api/pavilions/" + code)
                .then().statusCode(204);
        given().get("/api/pavilions").then().statusCode(200).body("code", not(hasItem(code)));
        given().get("/api/pavilions?includeRetired=true").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilionJson(code))
                .post("/api/pavilions").then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilionJson(code))
                .post("/api/pavilions")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.PAVILION_CODE_TAKEN.type().toString()));
    }

    @Test
    void creatingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(pavilionJson(newCode()))
                .post("/api/pavilions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void creatingWithScannerTokenIsForbidden() {
        given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON).body(pavilionJson(newCode()))
                .post("/api/pavilions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void publicListStaysPublicWhenAStaleTokenIsSent() {
        given().auth().oauth2("not-a-jwt").get("/api/pavilions").then().statusCode(200);
    }

    @Test
    void unknownPavilionIsAProblem() {
        given().get("/api/pavilions/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.PAVILION_NOT_FOUND.type().toString()))
                .body("status", equalTo(404));
    }

    @Test
    void invalidFieldsAreEachNamed() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"lower case\",\"nameEn\":\"\",\"areaM2\":-5}")
                .post("/api/pavilions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("code", "nameEn", "nameZh", "areaM2", "safeOccupancy", "floorWidthM"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\": ")
                .post("/api/pavilions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(org.hamcrest.Matchers.containsString("com.fasterxml")));
    }

    @Test
    void wrongTypeIsABadRequestProblem() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(pavilionJson(newCode()).replace("12000", "\"big\""))
                .post("/api/pavilions")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        given().auth().oauth2(Tokens.forRole("organizer")).patch("/api/pavilions")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoed() {
        given().header("X-Request-Id", "abc-123").get("/api/pavilions")
                .then().statusCode(200).header("X-Request-Id", "abc-123");
        given().get("/api/pavilions")
                .then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void openHoursPerExpoDayAreShownInOrder() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilionJson(code))
                .post("/api/pavilions").then().statusCode(201);
        given().get("/api/pavilions/" + code)
                .then().statusCode(200)
                .body("openHours.day", org.hamcrest.Matchers.contains("2018-05-26", "2018-05-29"))
                .body("openHours[1].closes", startsWith("16:00"))
                .body("floorWidthM", equalTo(120.0f));
    }

    @Test
    void changeNeedsNoCodeInTheBodyAndKeepsTheCode() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilionJson(code))
                .post("/api/pavilions").then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("""
                        {"nameEn":"Digital Experience","nameZh":"数字体验馆","theme":"AI, VR and AR to try","hall":"Hall 5",
                         "areaM2":9000,"safeOccupancy":3000,"floorWidthM":90,"floorDepthM":100,
                         "openHours":[{"day":"2018-05-27","opens":"10:00","closes":"20:00"}]}""")
                .put("/api/pavilions/" + code)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("nameZh", equalTo("数字体验馆"))
                .body("openHours.day", org.hamcrest.Matchers.contains("2018-05-27"));
    }

    @Test
    void openHoursOutsideTheExpoDaysAreRefused() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(pavilionJson(newCode()).replace("2018-05-29", "2018-06-01"))
                .post("/api/pavilions")
                .then().statusCode(422)
                .body("type", equalTo(PavilionProblem.NOT_AN_EXPO_DAY.type().toString()));
    }

    @Test
    void closingBeforeOpeningIsNamed() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(pavilionJson(newCode()).replace("\"closes\":\"18:00\"", "\"closes\":\"08:00\""))
                .post("/api/pavilions")
                .then().statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("openHours")));
    }
}
