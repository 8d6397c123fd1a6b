package org.exposuite.registration.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.exposuite.registration.rest.AdjustableClock;
import org.exposuite.testfixtures.ApplicationLifecycle;
import org.exposuite.testfixtures.RecordedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The waiting list's offers round and the application's shutdown: once the application stops no round starts, and
 * the overdue offer it left passes to the next person at the first round after the start. The stop is the running
 * application's own scheduler state.
 */
@QuarkusTest
class WaitlistShutdownTest {

    private static final Instant MARCH = Instant.parse("2018-04-10T02:00:00Z");

    @Inject
    Waitlist waitlist;

    @Inject
    AdjustableClock clock;

    @Inject
    Scheduled.ApplicationNotRunning applicationNotRunning;

    private final RecordedLog log = RecordedLog.of(Waitlist.class);

    @AfterEach
    void resetClockAndStopListening() {
        clock.reset();
        log.close();
    }

    @Test
    void noRoundRunsOnceTheApplicationStopsAndTheNextStartPassesTheOfferOn() {
        clock.standAt(MARCH);
        String category = newCategoryOfOnePlace();
        String holder = given().contentType(ContentType.JSON).body(registration(category)).post("/api/registrations")
                .then().statusCode(201).extract().path("secret");
        String first = join(category);
        String second = join(category);
        given().auth().oauth2(holder).post("/api/registrations/me/cancellation").then().statusCode(200);
        assertThat(status(first)).isEqualTo("OFFERED");
        clock.standAt(MARCH.plus(Duration.ofHours(49)));

        ApplicationLifecycle application = ApplicationLifecycle.of(applicationNotRunning);
        application.shutdown();
        try {
            waitlist.passOnOffers();
            assertThat(status(first)).as("the stopping application's round leaves the offer").isEqualTo("OFFERED");
            assertThat(status(second)).isEqualTo("WAITING");
        } finally {
            application.start();
        }
        waitlist.passOnOffers();
        assertThat(status(first)).as("the first round after the start ends the overdue offer").isEqualTo("EXPIRED");
        assertThat(status(second)).isEqualTo("OFFERED");
        assertThat(log.warnings()).isEmpty();
    }

    private static String newCategoryOfOnePlace() {
        String code = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String organizer = Jwt.upn("organizer@test.expo-suite.org").groups("organizer").expiresIn(3600).sign();
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","nameEn":"Visitor day pass","nameZh":"观众日票","capacity":1}""".formatted(code))
                .post("/api/categories").then().statusCode(201);
        return code;
    }

    private static String registration(String category) {
        return """
                {"category":"%s","days":["2018-05-26"],"familyName":"张","givenName":"伟","latinName":"Zhang Wei",
                 "email":"visitor-%s@example.org","phone":"+86 138 0000 0000","organization":"贵阳大数据交易所",
                 "jobTitle":"数据分析师","country":"CN","interests":["FRONTIER_TECHNOLOGY"],
                 "consents":{"privacyPolicy":true,"shareContactWithExhibitors":true}}
                """.formatted(category, UUID.randomUUID());
    }

    /** Joins the waiting list; answers the entry's secret. */
    private static String join(String category) {
        return given().contentType(ContentType.JSON).body(registration(category)).post("/api/waitlist")
                .then().statusCode(201).extract().path("secret");
    }

    private static String status(String waitlistSecret) {
        return given().auth().oauth2(waitlistSecret).get("/api/waitlist/me").then().statusCode(200).extract().path("status");
    }
}
