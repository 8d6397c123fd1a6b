package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.exposuite.registration.api.RegistrationProblem;
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
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.CATEGORY_CODE_TAKEN.type().toString()));
    }

    @Test
    void malformedJsonAndUnknownPathsAreProblems() {
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body("{")
                .post("/api/categories").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/categories").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void capacityIsRaisedFreelyAndLoweredOnlyToThePlacesTaken() {
        String code = Expo.createCategory(newCode(), 2, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":2}]");
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
        Expo.register(Expo.registration(code, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
        String change = "{\"code\":\"%s\",\"nameEn\":\"Visitor day pass\",\"nameZh\":\"观众日票\",\"capacity\":%d%s}";
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(change.formatted(code, 1, ",\"days\":[{\"day\":\"2018-05-26\",\"capacity\":2}]"))
                .put("/api/categories/" + code)
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.CAPACITY_BELOW_TAKEN.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(change.formatted(code, 2, ",\"days\":[{\"day\":\"2018-05-26\",\"capacity\":1}]"))
                .put("/api/categories/" + code)
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.CAPACITY_BELOW_TAKEN.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(change.formatted(code, 2, ""))
                .put("/api/categories/" + code)
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.DAY_IN_USE.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(change.formatted(code, 5, ",\"days\":[{\"day\":\"2018-05-26\",\"capacity\":3},{\"day\":\"2018-05-27\",\"capacity\":4}]"))
                .put("/api/categories/" + code)
                .then().statusCode(200).body("remaining", equalTo(3))
                .body("days.find { it.day == '2018-05-26' }.remaining", equalTo(1))
                .body("days.find { it.day == '2018-05-27' }.remaining", equalTo(4));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body(change.formatted(code, 5, ",\"days\":[{\"day\":\"2019-05-26\",\"capacity\":3}]"))
                .put("/api/categories/" + code)
                .then().statusCode(422).body("type", equalTo(RegistrationProblem.INVALID_CATEGORY_DAYS.type().toString()));
    }
}
