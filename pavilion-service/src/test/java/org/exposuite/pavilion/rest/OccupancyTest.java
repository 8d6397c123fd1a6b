package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.exposuite.pavilion.api.PavilionProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OccupancyTest {

    private static ValidatableResponse scan(String pavilion, String badge, String direction, String nonce) {
        return given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"%s\",\"direction\":\"%s\",\"nonce\":\"%s\"}".formatted(badge, direction, nonce))
                .post("/api/pavilions/" + pavilion + "/scans").then();
    }

    @Test
    void entryIsRefusedAtTheSafeLimitAndAllowedAgainWhenSomeoneLeaves() {
        String pavilion = Fixtures.pavilion(2);
        String first = Badges.forNewAttendee();
        scan(pavilion, first, "IN", UUID.randomUUID().toString()).statusCode(200)
                .body("counted", equalTo(true)).body("occupancy", equalTo(1));
        scan(pavilion, Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(200).body("occupancy", equalTo(2));
        scan(pavilion, Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.PAVILION_FULL.type().toString()));
        scan(pavilion, first, "OUT", UUID.randomUUID().toString()).statusCode(200).body("occupancy", equalTo(1));
        scan(pavilion, Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(200).body("occupancy", equalTo(2));
        given().get("/api/pavilions/" + pavilion).then().body("occupancy", equalTo(2));
    }

    @Test
    void theSameNonceCountsOnce() {
        String pavilion = Fixtures.pavilion(100);
        String badge = Badges.forNewAttendee();
        String nonce = UUID.randomUUID().toString();
        scan(pavilion, badge, "IN", nonce).statusCode(200).body("counted", equalTo(true)).body("occupancy", equalTo(1));
        scan(pavilion, badge, "IN", nonce).statusCode(200).body("counted", equalTo(false)).body("occupancy", equalTo(1));
    }

    @Test
    void exitsNeverTakeTheCountBelowZero() {
        String pavilion = Fixtures.pavilion(100);
        scan(pavilion, Badges.forNewAttendee(), "OUT", UUID.randomUUID().toString()).statusCode(200)
                .body("counted", equalTo(false)).body("occupancy", equalTo(0));
    }

    @Test
    void invalidBadgeIsRefusedAndUnknownPavilionIsNotFound() {
        String pavilion = Fixtures.pavilion(100);
        scan(pavilion, "forged", "IN", UUID.randomUUID().toString()).statusCode(401)
                .body("type", equalTo("https://problems.expo-suite.org/badge-invalid"));
        scan("NOPE", Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(404);
        given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"x\",\"direction\":\"SIDEWAYS\",\"nonce\":\"n\"}")
                .post("/api/pavilions/" + pavilion + "/scans").then().statusCode(400);
    }

    @Test
    void safeLimitCannotDropBelowThePeopleInside() {
        String pavilion = Fixtures.pavilion(5);
        scan(pavilion, Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN", UUID.randomUUID().toString()).statusCode(200);
        String change = Fixtures.pavilionJson("IGNORED", 1, 60, 40).replace("\"code\":\"IGNORED\",", "");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(change)
                .put("/api/pavilions/" + pavilion).then().statusCode(409)
                .body("type", equalTo(PavilionProblem.OCCUPANCY_ABOVE_LIMIT.type().toString()));
    }
}
