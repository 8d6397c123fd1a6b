package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfServiceTest {

    private static final String CHANGE = """
            {"days":%s,"familyName":"李","givenName":"娜","latinName":"Li Na","email":"%s","country":"CN",
             "organization":"华为","interests":["DIGITAL_HARDWARE"],"shareContactWithExhibitors":false}""";

    @Inject
    AgroalDataSource dataSource;

    private static String register(String category, String email, String days) {
        return Expo.register(Expo.registration(category, email, days)).then().statusCode(201).extract().path("secret");
    }

    private String dayCategory() {
        return Expo.createCategory(Expo.newCode("SS"), 100,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":10},{\"day\":\"2018-05-27\",\"capacity\":1}]");
    }

    @Test
    void anotherRegistrationsSecretAGuessAndAJwtAllAnswerNotFound() {
        String category = dayCategory();
        register(category, Expo.newEmail(), "[\"2018-05-26\"]");
        String mine = register(category, Expo.newEmail(), "[\"2018-05-26\"]");
        given().auth().oauth2(mine).get("/api/registrations/me").then().statusCode(200);
        given().auth().oauth2("rs_" + "x".repeat(43)).get("/api/registrations/me")
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo(RegistrationProblem.REGISTRATION_NOT_FOUND.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations/me").then().statusCode(404);
        given().get("/api/registrations/me").then().statusCode(404);
        given().auth().oauth2("rs_" + "x".repeat(43)).delete("/api/registrations/me").then().statusCode(404);
    }

    @Test
    void aSecretNeverPassesForAJwtOnOrganizerEndpoints() {
        String secret = register(dayCategory(), Expo.newEmail(), "[\"2018-05-26\"]");
        given().auth().oauth2(secret).get("/api/registrations").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations").then().statusCode(200);
    }

    @Test
    void changingDaysTakesNewPlacesAndFreesOldOnes() {
        String category = dayCategory();
        String email = Expo.newEmail();
        String secret = register(category, email, "[\"2018-05-26\"]");
        given().auth().oauth2(secret).contentType(ContentType.JSON).body(CHANGE.formatted("[\"2018-05-27\"]", email))
                .put("/api/registrations/me").then().statusCode(200)
                .body("days", contains("2018-05-27")).body("familyName", equalTo("李")).body("organization", equalTo("华为"))
                .body("shareContactWithExhibitors", equalTo(false));
        given().get("/api/categories/" + category).then()
                .body("days.find { it.day == '2018-05-26' }.remaining", equalTo(10))
                .body("days.find { it.day == '2018-05-27' }.remaining", equalTo(0));
        String other = Expo.newEmail();
        String otherSecret = register(category, other, "[\"2018-05-26\"]");
        given().auth().oauth2(otherSecret).contentType(ContentType.JSON).body(CHANGE.formatted("[\"2018-05-27\"]", other))
                .put("/api/registrations/me").then().statusCode(409).body("type", equalTo(RegistrationProblem.DAY_FULL.type().toString()));
        given().auth().oauth2(otherSecret).get("/api/registrations/me").then().body("days", contains("2018-05-26")).body("familyName", equalTo("张"));
    }

    @Test
    void cancellingFreesThePlaceAtOnce() {
        String category = Expo.createCategory(Expo.newCode("SS"), 1, null);
        String secret = register(category, Expo.newEmail(), "[\"2018-05-26\"]");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(409);
        given().auth().oauth2(secret).post("/api/registrations/me/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(secret).post("/api/registrations/me/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/categories/" + category).then().body("remaining", equalTo(1));
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
    }

    @Test
    void exportHoldsEverythingAboutMe() {
        String email = Expo.newEmail();
        String secret = register(dayCategory(), email, "[\"2018-05-26\"]");
        given().auth().oauth2(secret).get("/api/registrations/me/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .body("registration.email", equalTo(email))
                .body("registration.familyName", equalTo("张"))
                .body("registration.privacyPolicyAcceptedAt", org.hamcrest.Matchers.notNullValue())
                .body("organizerActions", org.hamcrest.Matchers.empty());
    }

    @Test
    void erasureAnonymizesFreesThePlaceAndEndsTheSecret() {
        String category = Expo.createCategory(Expo.newCode("SS"), 1, null);
        String email = Expo.newEmail();
        String secret = register(category, email, "[\"2018-05-26\"]");
        given().auth().oauth2(secret).delete("/api/registrations/me").then().statusCode(204);
        given().auth().oauth2(secret).get("/api/registrations/me").then().statusCode(404);
        given().get("/api/categories/" + category).then().body("remaining", equalTo(1));
        assertThat(Expo.count(dataSource, "select count(*) from registration where email = '" + email + "' or family_name = '张' and email like 'erased-%'"))
                .isZero();
        assertThat(Expo.count(dataSource, "select count(*) from registration where status = 'ERASED' and email like 'erased-%'"
                + " and phone is null and organization is null and latin_name is null")).isPositive();
        // the same person may register again afterwards
        register(category, email, "[\"2018-05-26\"]");
    }

    @Test
    void changeValidatesFieldsAndKeepsDataOnFailure() {
        String email = Expo.newEmail();
        String secret = register(dayCategory(), email, "[\"2018-05-26\"]");
        given().auth().oauth2(secret).contentType(ContentType.JSON).body("{\"familyName\":\"\",\"email\":\"nope\",\"country\":\"ZZ\"}")
                .put("/api/registrations/me").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("familyName", "givenName", "email", "country"));
        given().auth().oauth2(secret).get("/api/registrations/me").then().body("email", equalTo(email)).body("latinName", equalTo("Zhang Wei"))
                .body("decisionReason", nullValue()).body("interests", hasItem("FRONTIER_TECHNOLOGY"));
    }
}
