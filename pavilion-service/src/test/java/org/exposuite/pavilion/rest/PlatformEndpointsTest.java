package org.exposuite.pavilion.rest;

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
        super("Expo Suite — Pavilion API", "/api/pavilions");
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

    @Test
    void badEnumValueIsAProblemNamingTheFieldWithoutJavaNames() {
        String pavilion = Fixtures.pavilion(500);
        String session = Fixtures.sessionJson(pavilion, Fixtures.uniqueCode("S"), "2018-05-27T14:00:00+08:00",
                "2018-05-27T16:00:00+08:00", 50).replace("\"DIALOGUE\"", "\"PARTY\"");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(session)
                .post("/api/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/invalid-field-type"))
                .body("violations.field", contains("kind"))
                .body("detail", containsString("DIALOGUE"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("java.")))
                .body(not(containsString("Session$Kind")));
    }

    @Test
    void wrongTimeFormatNamesTheFieldWithoutJavaNames() {
        String code = Fixtures.uniqueCode("P");
        String pavilion = Fixtures.pavilionJson(code, 500, 60, 40).replace("\"09:00\"", "\"nine\"");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilion)
                .post("/api/pavilions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("openHours[0].opens"))
                .body(not(containsString("java."))).body(not(containsString("LocalTime")));
    }

    @Test
    void unknownPropertyIsAProblemNamingTheField() {
        String code = Fixtures.uniqueCode("P");
        String pavilion = Fixtures.pavilionJson(code, 500, 60, 40).replaceFirst("\\{", "{\"colour\":\"red\",");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilion)
                .post("/api/pavilions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/unknown-field"))
                .body("violations.field", contains("colour"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("PavilionRequest")));
    }

    @Test
    void nulCharacterInAPathIsABadRequestProblem() {
        given().urlEncodingEnabled(false).get("/api/pavilions/INT%00X")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/invalid-character"));
    }

    @Test
    void nulCharacterInABodyIsAProblemNamingTheFieldAndNothingIsStored() {
        String code = Fixtures.uniqueCode("P");
        String pavilion = Fixtures.pavilionJson(code, 500, 60, 40).replaceFirst("\"hall\":\"", "\"hall\":\"Hall\\\\u0000");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(pavilion)
                .post("/api/pavilions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/invalid-field-type"))
                .body("violations.field", contains("hall"))
                .body("violations[0].message", containsString("NUL"));
        given().get("/api/pavilions/" + code).then().statusCode(404);
    }
}
