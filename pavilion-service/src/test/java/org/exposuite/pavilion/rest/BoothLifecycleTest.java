package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.exposuite.pavilion.service.BoothService;
import org.exposuite.pavilion.api.PavilionProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoothLifecycleTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BoothService boothService;

    private static ValidatableResponse assign(String booth, String exhibitorId, String name) {
        return given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"%s\",\"exhibitorName\":\"%s\"}".formatted(exhibitorId, name))
                .put("/api/booths/" + booth + "/assignment").then();
    }

    private static ValidatableResponse hold(String booth, String exhibitorId, int minutes) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"%s\",\"exhibitorName\":\"Huawei\",\"minutes\":%d}".formatted(exhibitorId, minutes))
                .post("/api/booths/" + booth + "/hold").then();
    }

    private static ValidatableResponse vacate(String booth, String exhibitorId) {
        return given().auth().oauth2(Tokens.forRole("service")).queryParam("exhibitorId", exhibitorId)
                .delete("/api/booths/" + booth + "/assignment").then();
    }

    private static ValidatableResponse move(String exhibitorId, String from, String to) {
        return given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"exhibitorId\":\"%s\",\"fromBooth\":\"%s\",\"toBooth\":\"%s\"}".formatted(exhibitorId, from, to))
                .post("/api/booths/moves").then();
    }

    private List<String> booths(int count) {
        return Fixtures.pavilionWithBooths(Fixtures.pavilion(1000), count);
    }

    @Test
    void assignmentIsIdempotentForTheSameExhibitorAndAConflictForAnother() {
        String booth = booths(1).get(0);
        assign(booth, "EX-ALIBABA", "Alibaba").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("exhibitorId", equalTo("EX-ALIBABA"))
                .body("exhibitorName", equalTo("Alibaba"));
        assign(booth, "EX-ALIBABA", "Alibaba").statusCode(200).body("exhibitorId", equalTo("EX-ALIBABA"));
        assign(booth, "EX-TENCENT", "Tencent").statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.BOOTH_TAKEN.type().toString()));
    }

    @Test
    void unknownBoothIsBoothNotFound() {
        given().get("/api/booths/NO-SUCH-BOOTH").then().statusCode(404)
                .body("type", equalTo(PavilionProblem.BOOTH_NOT_FOUND.type().toString()));
        assign("NO-SUCH-BOOTH", "EX-1", "Apple").statusCode(404)
                .body("type", equalTo(PavilionProblem.BOOTH_NOT_FOUND.type().toString()));
    }

    @Test
    void vacatingFreesTheBoothIsIdempotentAndRefusesAnotherExhibitor() {
        String booth = booths(1).get(0);
        assign(booth, "EX-INTEL", "Intel").statusCode(200);
        vacate(booth, "EX-APPLE").statusCode(409).body("type", equalTo(PavilionProblem.BOOTH_TAKEN.type().toString()));
        vacate(booth, "EX-INTEL").statusCode(204);
        vacate(booth, "EX-INTEL").statusCode(204);
        given().get("/api/booths/" + booth).then().body("status", equalTo("FREE")).body("exhibitorId", nullValue());
    }

    @Test
    void assignmentArrivingAfterItsCallersDeadlineIsNotMade() {
        String booth = booths(1).get(0);
        // what a caller that has given up sent before this service read it
        assignBy(booth, "EX-LENOVO", Instant.now().minusSeconds(5).toString()).statusCode(408)
                .contentType("application/problem+json")
                .body("type", equalTo(PavilionProblem.DEADLINE_PASSED.type().toString()));
        given().get("/api/booths/" + booth).then().body("status", equalTo("FREE")).body("exhibitorId", nullValue());
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/booths/" + booth + "/history")
                .then().statusCode(200).body("exhibitorId", not(hasItem("EX-LENOVO")));

        assignBy(booth, "EX-LENOVO", "soon").statusCode(400).contentType("application/problem+json");
        assignBy(booth, "EX-LENOVO", Instant.now().plusSeconds(60).toString()).statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("exhibitorId", equalTo("EX-LENOVO"));
    }

    private static ValidatableResponse assignBy(String booth, String exhibitorId, String deadline) {
        return given().auth().oauth2(Tokens.forRole("service")).contentType(ContentType.JSON).header("Expo-Deadline", deadline)
                .body("{\"exhibitorId\":\"%s\",\"exhibitorName\":\"Lenovo\"}".formatted(exhibitorId))
                .put("/api/booths/" + booth + "/assignment").then();
    }

    @Test
    void heldBoothIsKeptForItsExhibitorOnly() {
        String booth = booths(1).get(0);
        hold(booth, "EX-HUAWEI", 30).statusCode(200)
                .body("status", equalTo("HELD"))
                .body("heldUntil", equalTo("2018-05-27T10:30:00+08:00"));
        assign(booth, "EX-BAIDU", "Baidu").statusCode(409);
        hold(booth, "EX-BAIDU", 30).statusCode(409);
        assign(booth, "EX-HUAWEI", "Huawei").statusCode(200).body("status", equalTo("ASSIGNED")).body("heldUntil", nullValue());
    }

    @Test
    void expiredHoldIsFreeAgainWithoutAnyoneActing() throws Exception {
        List<String> codes = booths(2);
        hold(codes.get(0), "EX-HUAWEI", 30).statusCode(200);
        hold(codes.get(1), "EX-HUAWEI", 30).statusCode(200);
        // time passes: both holds ended before the service's clock
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update booth set held_until = timestamptz '2018-05-27 09:00+08' where code in (?, ?)")) {
            s.setString(1, codes.get(0));
            s.setString(2, codes.get(1));
            assertThat(s.executeUpdate()).isEqualTo(2);
        }
        given().get("/api/booths/" + codes.get(0)).then().body("status", equalTo("FREE")).body("exhibitorId", nullValue());
        String pavilion = given().get("/api/booths/" + codes.get(0)).path("pavilionCode");
        given().queryParam("status", "FREE").queryParam("pavilion", pavilion)
                .get("/api/booths").then().body("total", equalTo(2));
        assign(codes.get(0), "EX-BAIDU", "Baidu").statusCode(200);

        boothService.expireHolds(); // the scheduled sweep may have been first; either way the history shows it once
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/booths/" + codes.get(1) + "/history")
                .then().statusCode(200)
                .body("action", contains("HOLD", "EXPIRE"))
                .body("[1].changedBy", equalTo("hold-expiry"))
                .body("[1].toStatus", equalTo("FREE"));
    }

    @Test
    void moveTakesTheNewBoothAndFreesTheOldInOneStep() {
        List<String> codes = booths(3);
        assign(codes.get(0), "EX-CLOUD", "Guizhou-Cloud Big Data").statusCode(200);
        move("EX-CLOUD", codes.get(0), codes.get(1)).statusCode(200)
                .body("from.status", equalTo("FREE"))
                .body("to.status", equalTo("ASSIGNED"))
                .body("to.exhibitorName", equalTo("Guizhou-Cloud Big Data"));
        move("EX-CLOUD", codes.get(0), codes.get(1)).statusCode(200).body("to.exhibitorId", equalTo("EX-CLOUD"));

        assign(codes.get(2), "EX-MOBILE", "China Mobile").statusCode(200);
        move("EX-CLOUD", codes.get(1), codes.get(2)).statusCode(409)
                .body("type", equalTo(PavilionProblem.BOOTH_TAKEN.type().toString()));
        // nothing moved: the exhibitor still stands on its booth
        given().get("/api/booths/" + codes.get(1)).then().body("exhibitorId", equalTo("EX-CLOUD"));
        given().get("/api/booths/" + codes.get(2)).then().body("exhibitorId", equalTo("EX-MOBILE"));
        move("EX-NOBODY", codes.get(1), codes.get(0)).statusCode(409)
                .body("type", equalTo(PavilionProblem.BOOTH_NOT_ASSIGNED.type().toString()));
    }

    @Test
    void everyChangeIsRecordedWithWhoAndWhen() {
        List<String> codes = booths(2);
        hold(codes.get(0), "EX-UNICOM", 60).statusCode(200);
        assign(codes.get(0), "EX-UNICOM", "China Unicom").statusCode(200);
        move("EX-UNICOM", codes.get(0), codes.get(1)).statusCode(200);
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/booths/" + codes.get(0) + "/history")
                .then().statusCode(200)
                .body("action", contains("HOLD", "ASSIGN", "MOVE_OUT"))
                .body("fromStatus", contains("FREE", "HELD", "ASSIGNED"))
                .body("toStatus", contains("HELD", "ASSIGNED", "FREE"))
                .body("changedBy", contains("organizer@test.expo-suite.org", "service@test.expo-suite.org",
                        "organizer@test.expo-suite.org"))
                .body("[0].changedAt", equalTo("2018-05-27T10:00:00+08:00"))
                .body("exhibitorId", contains("EX-UNICOM", "EX-UNICOM", "EX-UNICOM"));
    }
}
