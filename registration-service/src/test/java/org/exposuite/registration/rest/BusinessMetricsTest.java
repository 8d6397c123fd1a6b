package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exposuite.registration.service.RegistrationMetrics;
import org.exposuite.testfixtures.MetricsScrape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The control room's figures of a scripted morning at the gates, as Prometheus scrapes them from /q/metrics. */
@QuarkusTest
class BusinessMetricsTest {

    // 10:00 in Guiyang on the first expo day.
    private static final Instant FIRST_DAY = Instant.parse("2018-05-26T02:00:00Z");

    @Inject
    AdjustableClock clock;

    @Inject
    RegistrationMetrics metrics;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void scrapeShowsRegistrationsPlacesLeftGateScansAndPeopleInside() {
        clock.standAt(FIRST_DAY);
        metrics.refresh();
        double insideBefore = MetricsScrape.now().valueOrZero("expo_people_inside", "day", "2018-05-26");

        String pass = Expo.createCategory(Expo.newCode("P"), 10,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":3},{\"day\":\"2018-05-27\",\"capacity\":5}]");
        String media = Expo.createCategory(Expo.newCode("M"), 4, "\"approvalRequired\":true");
        List<String> secrets = new ArrayList<>();
        List<String> badges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String secret = Expo.register(Expo.registration(pass, Expo.newEmail(), "[\"2018-05-26\",\"2018-05-27\"]"))
                    .then().statusCode(201).extract().path("secret");
            secrets.add(secret);
            badges.add(BadgeCheckinTest.badgeOf(secret).getString("token"));
        }
        JsonPath pending = Expo.register(Expo.registration(media, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().jsonPath();
        given().auth().oauth2(secrets.get(2)).post("/api/registrations/me/cancellation").then().statusCode(200);

        String gate = "North-" + UUID.randomUUID().toString().substring(0, 8);
        scan(badges.get(0), gate, "IN", "ADMIT");
        scan(badges.get(1), gate, "IN", "ADMIT");
        scan(badges.get(0), gate, "IN", "DENY");    // already inside
        scan(badges.get(1), gate, "OUT", "ADMIT");
        scan(badges.get(2), gate, "IN", "DENY");    // cancelled: revoked
        scan("not a badge at all", gate, "IN", "DENY");

        metrics.refresh();
        MetricsScrape scrape = MetricsScrape.now();

        assertThat(scrape.value("expo_registrations", "category", pass, "status", "confirmed", "day", "2018-05-26")).hasValue(2);
        assertThat(scrape.value("expo_registrations", "category", pass, "status", "confirmed", "day", "2018-05-27")).hasValue(2);
        assertThat(scrape.value("expo_registrations", "category", pass, "status", "cancelled", "day", "2018-05-26")).hasValue(1);
        assertThat(scrape.value("expo_registrations", "category", media, "status", "pending", "day", "2018-05-26")).hasValue(1);
        assertThat(scrape.value("expo_registrations", "category", media, "status", "confirmed", "day", "2018-05-26")).isEmpty();

        // The day limit binds on the first day, the category's own places on no day.
        assertThat(scrape.value("expo_category_places_left", "category", pass, "day", "2018-05-26")).hasValue(1);
        assertThat(scrape.value("expo_category_places_left", "category", pass, "day", "2018-05-27")).hasValue(3);
        assertThat(scrape.value("expo_category_places_left", "category", pass, "day", "2018-05-28")).isEmpty();
        // Without day limits the category's places are offered on every expo day.
        for (String day : List.of("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29")) {
            assertThat(scrape.value("expo_category_places_left", "category", media, "day", day)).hasValue(3);
        }

        assertThat(scrape.value("expo_gate_checkins_total", "gate", gate, "direction", "in", "decision", "admitted", "reason", "none")).hasValue(2);
        assertThat(scrape.value("expo_gate_checkins_total", "gate", gate, "direction", "out", "decision", "admitted", "reason", "none")).hasValue(1);
        assertThat(scrape.value("expo_gate_checkins_total", "gate", gate, "direction", "in", "decision", "denied", "reason", "already_inside")).hasValue(1);
        assertThat(scrape.value("expo_gate_checkins_total", "gate", gate, "direction", "in", "decision", "denied", "reason", "revoked")).hasValue(1);
        assertThat(scrape.value("expo_gate_checkins_total", "gate", gate, "direction", "in", "decision", "denied", "reason", "unknown_badge")).hasValue(1);

        double inside = scrape.value("expo_people_inside", "day", "2018-05-26").orElseThrow();
        assertThat(inside).isEqualTo(insideBefore + 1);
        assertThat(inside).isEqualTo(Expo.count(dataSource, "select count(*) from presence where day = date '2018-05-26' and inside"));

        for (String outcome : List.of("delivered", "failed", "gave_up")) {
            assertThat(scrape.value("expo_webhook_deliveries_total", "outcome", outcome)).isPresent();
        }
        // Figures, never people: no registration id, confirmation code or name is a label.
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).doesNotContain(pending.getString("id"), pending.getString("confirmationCode"), "Zhang Wei");
    }

    @Test
    void aRepeatedUploadOfOneScanCountsOnce() {
        clock.standAt(FIRST_DAY);
        String category = Expo.createCategory(Expo.newCode("B"), 10, null);
        String secret = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().path("secret");
        String token = BadgeCheckinTest.badgeOf(secret).getString("token");
        String gate = "West-" + UUID.randomUUID().toString().substring(0, 8);
        String nonce = UUID.randomUUID().toString();

        BadgeCheckinTest.scan(token, gate, "IN", nonce).then().statusCode(200).body("replayed", equalTo(false));
        BadgeCheckinTest.scan(token, gate, "IN", nonce).then().statusCode(200).body("replayed", equalTo(true));

        assertThat(MetricsScrape.now().value("expo_gate_checkins_total", "gate", gate, "decision", "admitted")).hasValue(1);
    }

    private static void scan(String token, String gate, String direction, String decision) {
        BadgeCheckinTest.scan(token, gate, direction, UUID.randomUUID().toString())
                .then().statusCode(200).body("decision", equalTo(decision));
    }
}
