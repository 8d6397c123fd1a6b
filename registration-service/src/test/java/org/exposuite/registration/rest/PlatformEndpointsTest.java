package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.exposuite.testfixtures.PlatformEndpointChecks;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointChecks {

    PlatformEndpointsTest() {
        super("Expo Suite — Registration API", "/api/categories");
    }

    @Test
    void badEnumValueIsAProblemNamingTheFieldWithoutJavaNames() {
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        String body = Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]")
                .replace("\"FRONTIER_TECHNOLOGY\"", "\"ROBOTS\"");
        Expo.register(body)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/invalid-field-type"))
                .body("violations.field", contains("interests[0]"))
                .body("detail", containsString("DIGITAL_EXPERIENCE"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("java.")))
                .body(not(containsString("PavilionTheme")));
    }

    @Test
    void unknownPropertyIsAProblemNamingTheField() {
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        String body = Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]").replaceFirst("\\{", "{\"shoeSize\":42,");
        Expo.register(body)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/unknown-field"))
                .body("violations.field", contains("shoeSize"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("NewRegistration")));
    }

    @Test
    void nulCharacterInANameIsAProblemNamingTheField() {
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        String body = Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]").replace("\"伟\"", "\"伟\\u0000\"");
        Expo.register(body)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("givenName"))
                .body("violations[0].message", containsString("NUL"));
    }
}
