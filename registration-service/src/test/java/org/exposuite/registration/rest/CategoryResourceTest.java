package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    private static String newCode() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String categoryJson(String code) {
        return """
                {"code":"%s","nameEn":"Visitor day pass","nameZh":"观众日票","capacity":12000}
                """.formatted(code);
    }

    @Test
    void organizerCreatesCategoryAndPublicSeesRemainingPlaces() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(categoryJson(code))
                .post("/api/categories")
                .then().statusCode(201).body("code", equalTo(code)).body("remaining", equalTo(12000));
        given().get("/api/categories")
                .then().statusCode(200).body("code", hasItem(code)).body("find { it.code == '%s' }.nameZh".formatted(code), equalTo("观众日票"));
    }

    @Test
    void creatingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(categoryJson(newCode())).post("/api/categories")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void creatingWithScannerTokenIsForbidden() {
        given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON).body(categoryJson(newCode()))
                .post("/api/categories")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreEachNamed() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"x y\",\"capacity\":-1}")
                .post("/api/categories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("code", "nameEn", "nameZh", "capacity"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = newCode();
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(categoryJson(code))
                .post("/api/categories").then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(categoryJson(code))
                .post("/api/categories")
                .then().statusCode(409).body("type", equalTo("https://problems.expo-suite.org/category-code-taken"));
    }

    @Test
    void malformedJsonAndUnknownPathsAreProblems() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body("{")
                .post("/api/categories").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/categories").then().statusCode(405).contentType("application/problem+json");
    }
}
