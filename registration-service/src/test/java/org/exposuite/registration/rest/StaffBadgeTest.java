package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffBadgeTest {

    @TestHTTPResource("/api/registrations/staff")
    URI staff;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The staff category as the demo data names it; created once for the whole run. */
    @BeforeEach
    void staffCategoryExists() {
        int status = given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("""
                        {"code":"EXHIBITOR-STAFF","nameEn":"Exhibitor staff","nameZh":"参展商工作人员","capacity":4000,
                         "invitationOnly":true,"allDays":true}""")
                .post("/api/categories").statusCode();
        assertThat(status).isIn(201, 409);
    }

    static Response addMember(String exhibitorId, int allowance, String email) {
        return given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .body(member(allowance, email))
                .put("/api/registrations/staff/" + exhibitorId + "/members");
    }

    static String member(int allowance, String email) {
        return """
                {"exhibitorName":"贵州白山云科技有限公司","allowance":%d,"familyName":"王","givenName":"芳","email":"%s"}"""
                .formatted(allowance, email);
    }

    @Test
    void staffBadgeIsIdempotentPerExhibitorAndEmail() throws Exception {
        String exhibitor = "exh-" + UUID.randomUUID();
        String email = Expo.newEmail();
        JsonPath first = addMember(exhibitor, 5, email).then().statusCode(201).extract().jsonPath();
        JsonPath again = addMember(exhibitor, 5, email.toUpperCase()).then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("registrationId")).isEqualTo(first.getString("registrationId"));
        assertThat(com.nimbusds.jwt.SignedJWT.parse(again.getString("badgeToken")).getJWTClaimsSet().getStringClaim("cat"))
                .isEqualTo("EXHIBITOR-STAFF");
        // The same person may work for another exhibitor too, and still register as a visitor.
        addMember("exh-" + UUID.randomUUID(), 5, email).then().statusCode(201);
        String visitors = Expo.createCategory(Expo.newCode("V"), 10, null);
        Expo.register(Expo.registration(visitors, email, "[\"2018-05-26\"]")).then().statusCode(201);
    }

    @Test
    void allowanceHoldsUnderParallelRequests() throws Exception {
        String exhibitor = "exh-" + UUID.randomUUID();
        String service = Tokens.forRole("service");
        URI members = URI.create(staff + "/" + exhibitor + "/members");

        List<HttpResponse<String>> responses = ParallelRequests.send(10, i -> HttpRequest.newBuilder(members)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + service)
                .PUT(HttpRequest.BodyPublishers.ofString(member(3, "staff-" + i + "-" + exhibitor + "@example.org")))
                .build());

        assertThat(CapacityConcurrencyTest.outcomes(responses))
                .containsExactlyInAnyOrderEntriesOf(Map.of("201", 3L, "409 " + RegistrationProblem.STAFF_ALLOWANCE_EXHAUSTED.slug(), 7L));
    }

    @Test
    void withdrawnStaffBadgeIsRevokedAndFreesTheAllowance() {
        clock.standAt(Instant.parse("2018-05-26T02:00:00Z"));
        String exhibitor = "exh-" + UUID.randomUUID();
        JsonPath member = addMember(exhibitor, 1, Expo.newEmail()).then().statusCode(201).extract().jsonPath();
        addMember(exhibitor, 1, Expo.newEmail()).then().statusCode(409).body("type", equalTo(RegistrationProblem.STAFF_ALLOWANCE_EXHAUSTED.type().toString()));

        given().auth().oauth2(Tokens.forRole("service")).delete("/api/registrations/staff/" + exhibitor + "/members/" + member.getString("registrationId"))
                .then().statusCode(204);
        given().auth().oauth2(Tokens.forRole("service")).delete("/api/registrations/staff/" + exhibitor + "/members/" + member.getString("registrationId"))
                .then().statusCode(204);
        given().auth().oauth2(Tokens.forRole("service")).delete("/api/registrations/staff/other-exhibitor/members/" + member.getString("registrationId"))
                .then().statusCode(404);

        assertThat(BadgeCheckinTest.reasonOf(member.getString("badgeToken"))).isEqualTo("DENY REVOKED");
        addMember(exhibitor, 1, Expo.newEmail()).then().statusCode(201);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(member(1, Expo.newEmail()))
                .put("/api/registrations/staff/" + exhibitor + "/members").then().statusCode(403);
    }

    @Test
    void sharedContactOnlyWithConsent() {
        String category = Expo.createCategory(Expo.newCode("C"), 10, null);
        String consenting = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().path("id");
        String declining = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")
                        .replace("\"shareContactWithExhibitors\":true", "\"shareContactWithExhibitors\":false"))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.forRole("service")).get("/api/registrations/" + consenting + "/shared-contact")
                .then().statusCode(200)
                .body("familyName", equalTo("张"))
                .body("latinName", equalTo("Zhang Wei"))
                .body("organization", equalTo("贵阳大数据交易所"))
                .body("country", equalTo("CN"));
        given().auth().oauth2(Tokens.forRole("service")).get("/api/registrations/" + declining + "/shared-contact")
                .then().statusCode(404).body("type", equalTo(RegistrationProblem.REGISTRATION_NOT_FOUND.type().toString()));
        given().auth().oauth2(Tokens.forRole("service")).get("/api/registrations/" + UUID.randomUUID() + "/shared-contact")
                .then().statusCode(404).body("type", equalTo(RegistrationProblem.REGISTRATION_NOT_FOUND.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations/" + consenting + "/shared-contact").then().statusCode(403);
    }
}
