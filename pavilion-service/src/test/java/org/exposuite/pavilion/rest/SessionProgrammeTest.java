package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.testfixtures.SignedBadges;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionProgrammeTest {

    private static io.restassured.response.ValidatableResponse create(String json) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(json)
                .post("/api/sessions").then();
    }

    @Test
    void sessionTimesAreAcceptedWithAnyOffsetAndAnsweredInShanghaiTime() {
        String pavilion = Fixtures.pavilion(1000);
        create(Fixtures.sessionJson(pavilion, "Main stage", "2018-05-26T06:00:00Z", "2018-05-26T08:30:00Z", 800))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/sessions/"))
                .body("startsAt", equalTo("2018-05-26T14:00:00+08:00"))
                .body("endsAt", equalTo("2018-05-26T16:30:00+08:00"))
                .body("speakers.name", contains("Ma Huateng", "Robin Li"))
                .body("seatsLeft", equalTo(800));
    }

    @Test
    void twoSessionsOnOneStageMayNotOverlap() {
        String pavilion = Fixtures.pavilion(1000);
        create(Fixtures.sessionJson(pavilion, "Stage A", "2018-05-27T09:00:00+08:00", "2018-05-27T11:00:00+08:00", 100))
                .statusCode(201);
        create(Fixtures.sessionJson(pavilion, "Stage A", "2018-05-27T10:30:00+08:00", "2018-05-27T12:00:00+08:00", 100))
                .statusCode(409)
                .body("type", equalTo(PavilionProblem.STAGE_TAKEN.type().toString()));
        // back to back on the same stage, or at the same time on another stage, is fine
        create(Fixtures.sessionJson(pavilion, "Stage A", "2018-05-27T11:00:00+08:00", "2018-05-27T12:00:00+08:00", 100))
                .statusCode(201);
        create(Fixtures.sessionJson(pavilion, "Stage B", "2018-05-27T10:30:00+08:00", "2018-05-27T12:00:00+08:00", 100))
                .statusCode(201);
    }

    @Test
    void endBeforeStartIsNamed() {
        create(Fixtures.sessionJson(Fixtures.pavilion(1000), "S", "2018-05-27T11:00:00+08:00", "2018-05-27T10:00:00+08:00", 10))
                .statusCode(400)
                .body("violations.field", hasItem("endingAfterStart"));
    }

    @Test
    void programmeIsFilteredByDayThemeAndPavilionWithSeatsLeft() {
        String pavilion = Fixtures.pavilion(1000);
        String other = Fixtures.pavilion(1000);
        create(Fixtures.sessionJson(pavilion, "S1", "2018-05-28T09:00:00+08:00", "2018-05-28T10:00:00+08:00", 50)).statusCode(201);
        // 23:30 UTC on 27 May is 07:30 on 28 May in Guiyang: it belongs to the 28th
        create(Fixtures.sessionJson(pavilion, "S2", "2018-05-27T23:30:00Z", "2018-05-28T00:30:00Z", 50)).statusCode(201);
        create(Fixtures.sessionJson(pavilion, "S3", "2018-05-29T09:00:00+08:00", "2018-05-29T10:00:00+08:00", 50)).statusCode(201);
        create(Fixtures.sessionJson(other, "S1", "2018-05-28T09:00:00+08:00", "2018-05-28T10:00:00+08:00", 50)
                .replace("Artificial intelligence", "Data security")).statusCode(201);

        given().queryParam("day", "2018-05-28").queryParam("pavilion", pavilion).get("/api/sessions")
                .then().statusCode(200)
                .body("items.stage", contains("S2", "S1"))
                .body("items[0].startsAt", equalTo("2018-05-28T07:30:00+08:00"))
                .body("items[0].seatsLeft", equalTo(50));
        given().queryParam("day", "2018-05-28").queryParam("theme", "Data security").get("/api/sessions")
                .then().statusCode(200)
                .body("items.pavilionCode", contains(other));
        given().queryParam("day", "2018-02-31").get("/api/sessions").then().statusCode(400);
    }

    @Test
    void attendeeReservesWithTheBadgeOnceAndCancels() {
        long session = Fixtures.session(Fixtures.pavilion(1000), 2);
        String badge = Badges.forAttendee("2b7c1d9e-0000-4000-8000-000000000001");
        given().header("Authorization", Badges.header(badge)).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201)
                .body("registrationId", equalTo("2b7c1d9e-0000-4000-8000-000000000001"))
                .body("seatsLeft", equalTo(1));
        // the same badge again changes nothing
        given().header("Authorization", Badges.header(badge)).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(200).body("seatsLeft", equalTo(1));
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201).body("seatsLeft", equalTo(0));
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(409).body("type", equalTo(PavilionProblem.SESSION_FULL.type().toString()));

        given().header("Authorization", Badges.header(badge)).delete("/api/sessions/" + session + "/reservations")
                .then().statusCode(204);
        given().header("Authorization", Badges.header(badge)).delete("/api/sessions/" + session + "/reservations")
                .then().statusCode(204);
        given().get("/api/sessions/" + session).then().body("seatsLeft", equalTo(1)).body("seatsTaken", equalTo(1));
    }

    @Test
    void forgedExpiredForeignOrMissingBadgesAreRefused() {
        long session = Fixtures.session(Fixtures.pavilion(1000), 10);
        String path = "/api/sessions/" + session + "/reservations";
        String unknownKey = SignedBadges.sign(Badges.newKey(), Badges.claims("someone").build());
        String expired = SignedBadges.sign(Badges.KEY, Badges.claims("someone")
                .expirationTime(java.util.Date.from(Badges.NOW.minusSeconds(3600))).build());
        String wrongIssuer = SignedBadges.sign(Badges.KEY, Badges.claims("someone").issuer("somebody-else").build());
        String good = Badges.forNewAttendee();
        String tampered = good.substring(0, good.lastIndexOf('.') - 4) + "AAAA" + good.substring(good.lastIndexOf('.'));
        for (String header : new String[] {"Badge " + unknownKey, "Badge " + expired, "Badge " + wrongIssuer, "Badge " + tampered,
                "Badge not-a-token", "Bearer " + good}) {
            given().header("Authorization", header).post(path)
                    .then().statusCode(401)
                    .body("type", equalTo("https://problems.expo-suite.org/badge-invalid"));
        }
        given().post(path).then().statusCode(401);
        given().get("/api/sessions/" + session).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void badgeForOtherDaysDoesNotReserve() {
        long session = Fixtures.session(Fixtures.pavilion(1000), 10);
        String friday = SignedBadges.sign(Badges.KEY, Badges.claims("visitor").claim("days", java.util.List.of("2018-05-29")).build());
        given().header("Authorization", Badges.header(friday)).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(403)
                .body("type", equalTo(PavilionProblem.BADGE_NOT_VALID_FOR_DAY.type().toString()));
    }

    @Test
    void badgeSignedWithANewlyPublishedKeyIsAcceptedAfterOneRefresh() {
        long session = Fixtures.session(Fixtures.pavilion(1000), 10);
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201);
        var rotated = Badges.newKey();
        Badges.publish(rotated);
        given().header("Authorization", Badges.header(SignedBadges.sign(rotated, Badges.claims("after-rotation").build())))
                .post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201);
    }

    @Test
    void organizerChangesCapacityButNotBelowTheReservations() {
        String pavilion = Fixtures.pavilion(1000);
        long session = Fixtures.session(pavilion, 5);
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201);
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                .then().statusCode(201);
        String stage = given().get("/api/sessions/" + session).path("stage");
        String change = Fixtures.sessionJson(pavilion, stage, "2018-05-27T14:00:00+08:00", "2018-05-27T17:00:00+08:00", 1);
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(change)
                .put("/api/sessions/" + session)
                .then().statusCode(409)
                .body("type", equalTo(PavilionProblem.SEAT_CAPACITY_BELOW_RESERVATIONS.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON).body(change.replace("\"seatCapacity\":1", "\"seatCapacity\":300"))
                .put("/api/sessions/" + session)
                .then().statusCode(200)
                .body("endsAt", equalTo("2018-05-27T17:00:00+08:00"))
                .body("seatsLeft", equalTo(298));
        given().auth().oauth2(Tokens.forRole("organizer")).delete("/api/sessions/" + session).then().statusCode(204);
        given().get("/api/sessions/" + session).then().statusCode(404)
                .body("type", equalTo(PavilionProblem.SESSION_NOT_FOUND.type().toString()));
        given().queryParam("pavilion", pavilion).get("/api/sessions").then().body("items.id", not(hasItem((int) session)));
    }
}
