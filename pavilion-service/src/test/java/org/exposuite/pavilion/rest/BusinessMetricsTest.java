package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.exposuite.pavilion.api.PavilionProblem;
import org.exposuite.pavilion.service.PavilionMetrics;
import org.exposuite.testfixtures.MetricsScrape;
import org.exposuite.testfixtures.SignedBadges;
import org.junit.jupiter.api.Test;

/** The control room's figures of a pavilion filling up and a session selling out, as Prometheus scrapes them. */
@QuarkusTest
class BusinessMetricsTest {

    @Inject
    PavilionMetrics metrics;

    private static ValidatableResponse scan(String pavilion, String badge, String direction) {
        return given().auth().oauth2(Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body("{\"badgeToken\":\"%s\",\"direction\":\"%s\",\"nonce\":\"%s\"}".formatted(badge, direction, UUID.randomUUID()))
                .post("/api/pavilions/" + pavilion + "/scans").then();
    }

    @Test
    void scrapeShowsPeopleInsideAgainstTheLimitEntranceScansAndSeatsLeft() {
        String pavilion = Fixtures.pavilion(3);
        metrics.refresh();
        String first = Badges.forNewAttendee();
        scan(pavilion, first, "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200);
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(200).body("occupancy", equalTo(3));
        scan(pavilion, Badges.forNewAttendee(), "IN").statusCode(409)
                .body("type", equalTo(PavilionProblem.PAVILION_FULL.type().toString()));
        scan(pavilion, first, "OUT").statusCode(200).body("occupancy", equalTo(2));
        scan(pavilion, "forged", "IN").statusCode(401);
        String lastDayOnly = SignedBadges.sign(Badges.KEY, Badges.claims(UUID.randomUUID().toString()).claim("days", List.of("2018-05-29")).build());
        scan(pavilion, lastDayOnly, "IN").statusCode(403)
                .body("type", equalTo(PavilionProblem.BADGE_NOT_VALID_FOR_DAY.type().toString()));

        long session = Fixtures.session(pavilion, 2);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + session + "/reservations")
                    .then().statusCode(201);
        }
        long otherSession = Fixtures.session(pavilion, 50);
        given().header("Authorization", Badges.header(Badges.forNewAttendee())).post("/api/sessions/" + otherSession + "/reservations")
                .then().statusCode(201);

        metrics.refresh();
        MetricsScrape scrape = MetricsScrape.now();

        assertThat(scrape.value("expo_pavilion_people_inside", "pavilion", pavilion)).hasValue(2);
        assertThat(scrape.value("expo_pavilion_safe_limit", "pavilion", pavilion)).hasValue(3);
        String scans = "expo_pavilion_entrance_scans_total";
        assertThat(scrape.value(scans, "pavilion", pavilion, "direction", "in", "decision", "admitted", "reason", "none")).hasValue(3);
        assertThat(scrape.value(scans, "pavilion", pavilion, "direction", "out", "decision", "admitted", "reason", "none")).hasValue(1);
        assertThat(scrape.value(scans, "pavilion", pavilion, "direction", "in", "decision", "denied", "reason", "pavilion_full")).hasValue(1);
        assertThat(scrape.value(scans, "pavilion", pavilion, "direction", "in", "decision", "denied", "reason", "badge_invalid")).hasValue(1);
        assertThat(scrape.value(scans, "pavilion", pavilion, "direction", "in", "decision", "denied", "reason", "not_valid_today")).hasValue(1);
        assertThat(scrape.value("expo_session_seats_left", "session", Long.toString(session), "pavilion", pavilion)).hasValue(0);
        assertThat(scrape.value("expo_session_seats_left", "session", Long.toString(otherSession))).hasValue(49);
        for (String outcome : List.of("delivered", "failed", "gave_up")) {
            assertThat(scrape.value("expo_webhook_deliveries_total", "outcome", outcome)).isPresent();
        }
    }

    @Test
    void scansAtAPavilionNobodyCreatedAddNoSeries() {
        String nowhere = Fixtures.uniqueCode("X");
        scan(nowhere, "forged", "IN").statusCode(401);
        scan(nowhere, Badges.forNewAttendee(), "IN").statusCode(404);

        metrics.refresh();
        MetricsScrape scrape = MetricsScrape.now();
        assertThat(scrape.samples()).noneMatch(sample -> nowhere.equals(sample.labels().get("pavilion")));
    }

    @Test
    void aRetiredPavilionLeavesTheFigures() {
        String pavilion = Fixtures.pavilion(10);
        metrics.refresh();
        assertThat(MetricsScrape.now().value("expo_pavilion_safe_limit", "pavilion", pavilion)).hasValue(10);

        given().auth().oauth2(Tokens.forRole("organizer")).delete("/api/pavilions/" + pavilion).then().statusCode(204);
        metrics.refresh();
        assertThat(MetricsScrape.now().value("expo_pavilion_safe_limit", "pavilion", pavilion)).isEmpty();
        assertThat(MetricsScrape.now().value("expo_pavilion_people_inside", "pavilion", pavilion)).isEmpty();
    }
}
