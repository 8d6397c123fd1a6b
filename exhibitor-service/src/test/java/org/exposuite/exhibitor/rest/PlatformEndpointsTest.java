package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.exposuite.exhibitor.api.ApplicationRequest;
import org.exposuite.testfixtures.PlatformEndpointChecks;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointChecks {

    PlatformEndpointsTest() {
        super("Expo Suite — Exhibitor API", "/api/exhibitors");
    }

    @Test
    void openApiNamesWhoMayCallEachOperation() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
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

    @Test
    void badEnumValueIsAProblemNamingTheFieldWithoutJavaNames() {
        Map<String, Object> body = TestApplications.body("Company with a bad booth type");
        body.put("boothType", "HUGE");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/exhibitors/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/invalid-field-type"))
                .body("violations.field", contains("boothType"))
                .body("detail", containsString("INLINE"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("java.")))
                .body(not(containsString("BoothType")));
    }

    @Test
    void unknownPropertyIsAProblemNamingTheField() {
        Map<String, Object> body = TestApplications.body("Company with an unknown field");
        body.put("boothColour", "red");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/exhibitors/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/unknown-field"))
                .body("violations.field", contains("boothColour"))
                .body(not(containsString("org.exposuite"))).body(not(containsString("ApplicationRequest")));
    }
}
