package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.service.Waitlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitlistTest {

    private static final Instant MARCH = Instant.parse("2018-04-10T02:00:00Z");

    @Inject
    AdjustableClock clock;

    @Inject
    Waitlist waitlist;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath join(String category, String email) {
        return given().contentType(ContentType.JSON).body(Expo.registration(category, email, "[\"2018-05-26\"]"))
                .post("/api/waitlist").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath myPlace(String secret) {
        return given().auth().oauth2(secret).get("/api/waitlist/me").then().statusCode(200).extract().jsonPath();
    }

    static String register(String category) {
        return Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201).extract().path("secret");
    }

    static void cancel(String secret) {
        given().auth().oauth2(secret).post("/api/registrations/me/cancellation").then().statusCode(200);
    }

    private long count(String sql, String category) {
        return Expo.count(dataSource, sql.replace(":category", "'" + category + "'"));
    }

    private long taken(String category) {
        return count("select taken from category where code = :category", category);
    }

    private long activeRegistrations(String category) {
        return count("select count(*) from registration r join category c on c.id = r.category_id where c.code = :category"
                + " and r.status in ('PENDING', 'CONFIRMED')", category);
    }

    private long openOffers(String category) {
        return count("select count(*) from waitlist_entry w join category c on c.id = w.category_id where c.code = :category"
                + " and w.status = 'OFFERED'", category);
    }

    @Test
    void expiredOfferPassesToTheNextPerson() {
        clock.standAt(MARCH);
        String category = Expo.createCategory(Expo.newCode("W"), 1, null);
        String holder = register(category);
        JsonPath first = join(category, Expo.newEmail());
        JsonPath second = join(category, Expo.newEmail());
        assertThat(first.getInt("position")).isEqualTo(1);
        assertThat(second.getInt("position")).isEqualTo(2);
        assertThat(first.getString("secret")).startsWith("wl_");

        cancel(holder);
        JsonPath offered = myPlace(first.getString("secret"));
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(offered.getString("offer.expiresAt")).isEqualTo(MARCH.plus(Duration.ofHours(48)).toString());
        assertThat(myPlace(second.getString("secret")).getInt("position")).isEqualTo(1);
        assertThat(taken(category)).isEqualTo(1);
        // The held place is not for anyone else.
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(409);

        clock.standAt(MARCH.plus(Duration.ofHours(47)));
        assertThat(waitlist.expireOverdueOffers()).isZero();
        clock.standAt(MARCH.plus(Duration.ofHours(49)));
        assertThat(waitlist.expireOverdueOffers()).isEqualTo(1);

        assertThat(myPlace(first.getString("secret")).getString("status")).isEqualTo("EXPIRED");
        JsonPath next = myPlace(second.getString("secret"));
        assertThat(next.getString("status")).isEqualTo("OFFERED");
        given().post(offered.getString("offer.acceptance")).then().statusCode(410)
                .body("type", equalTo(RegistrationProblem.OFFER_NO_LONGER_VALID.type().toString()));
        JsonPath registered = given().post(next.getString("offer.acceptance")).then().statusCode(201).extract().jsonPath();
        assertThat(registered.getString("secret")).startsWith("rs_");
        assertThat(registered.getString("status")).isEqualTo("CONFIRMED");
        given().auth().oauth2(registered.getString("secret")).get("/api/registrations/me").then().statusCode(200)
                .body("familyName", equalTo("张")).body("days", org.hamcrest.Matchers.contains("2018-05-26"));
        assertThat(myPlace(second.getString("secret")).getString("status")).isEqualTo("ACCEPTED");
        assertThat(taken(category)).isEqualTo(1);
        assertThat(activeRegistrations(category)).isEqualTo(1);
    }

    @Test
    void leavingPassesTheOfferOnAndAFreeCategoryOffersAtOnce() {
        String category = Expo.createCategory(Expo.newCode("W"), 1, null);
        JsonPath early = join(category, Expo.newEmail());
        assertThat(early.getString("status")).isEqualTo("OFFERED");
        assertThat(early.getInt("position")).isZero();
        JsonPath waiting = join(category, Expo.newEmail());
        assertThat(waiting.getInt("position")).isEqualTo(1);

        given().auth().oauth2(early.getString("secret")).delete("/api/waitlist/me").then().statusCode(204);
        assertThat(myPlace(early.getString("secret")).getString("status")).isEqualTo("LEFT");
        assertThat(myPlace(waiting.getString("secret")).getString("status")).isEqualTo("OFFERED");
        assertThat(myPlace(waiting.getString("secret")).getString("position")).isNull();
        given().auth().oauth2("wl_" + "x".repeat(43)).get("/api/waitlist/me").then().statusCode(404);
        given().post("/api/waitlist/offers/wo_unknown/acceptance").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Expo.registration(category, "DUP-" + Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/waitlist").then().statusCode(201);
    }

    /**
     * 10 places freed, 10 offers open, 10 offers expired and 80 people still waiting; 100 acceptances at once
     * (each open and expired offer three times, 40 of the waiting people too) register exactly 10.
     */
    @Test
    void hundredParallelAcceptancesForTenFreedPlacesRegisterExactlyTen() throws Exception {
        clock.standAt(MARCH);
        String category = Expo.createCategory(Expo.newCode("WP"), 10, null);
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            holders.add(register(category));
        }
        List<String> line = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            line.add(join(category, "line-" + i + "-" + category + "@example.org").getString("secret"));
        }
        holders.forEach(WaitlistTest::cancel);
        clock.standAt(MARCH.plus(Duration.ofHours(49)));
        assertThat(waitlist.expireOverdueOffers()).isEqualTo(10);
        assertThat(line.subList(0, 10)).allSatisfy(s -> assertThat(myPlace(s).getString("status")).isEqualTo("EXPIRED"));
        assertThat(line.subList(10, 20)).allSatisfy(s -> assertThat(myPlace(s).getString("status")).isEqualTo("OFFERED"));
        assertThat(openOffers(category)).isEqualTo(10);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tokens.add(Waitlist.offerToken(line.get(i % 20)));
        }
        for (int i = 20; i < 60; i++) {
            tokens.add(Waitlist.offerToken(line.get(i)));
        }
        List<HttpResponse<String>> responses = ParallelRequests.send(100, i -> HttpRequest.newBuilder(
                root.resolve("/api/waitlist/offers/" + tokens.get(i) + "/acceptance")).POST(HttpRequest.BodyPublishers.noBody()).build());

        Map<String, Long> outcomes = CapacityConcurrencyTest.outcomes(responses);
        System.out.printf("100 parallel acceptances, 10 open offers: %s%n", outcomes);
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "201", 10L, "410 " + RegistrationProblem.OFFER_NO_LONGER_VALID.slug(), 50L, "404 " + RegistrationProblem.OFFER_NOT_FOUND.slug(), 40L));
        assertThat(activeRegistrations(category)).isEqualTo(10);
        assertThat(taken(category)).isEqualTo(10);
        assertThat(openOffers(category)).isZero();
    }

    /** Cancellations, direct registrations and acceptances all at once: registrations plus open offers never exceed capacity. */
    @Test
    void parallelCancellationsRegistrationsAndAcceptancesNeverExceedCapacity() throws Exception {
        String category = Expo.createCategory(Expo.newCode("WC"), 10, null);
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            holders.add(register(category));
        }
        List<String> line = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            line.add(join(category, "race-" + i + "-" + category + "@example.org").getString("secret"));
        }

        for (int round = 0; round < 2; round++) {
            int r = round;
            List<HttpResponse<String>> responses = ParallelRequests.send(100, i -> {
                if (i < 10 && r == 0) {
                    return HttpRequest.newBuilder(root.resolve("/api/registrations/me/cancellation"))
                            .header("Authorization", "Bearer " + holders.get(i)).POST(HttpRequest.BodyPublishers.noBody()).build();
                }
                if (i < 40) {
                    return HttpRequest.newBuilder(root.resolve("/api/registrations")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Expo.registration(category,
                                    "direct-" + r + "-" + i + "-" + category + "@example.org", "[\"2018-05-26\"]"))).build();
                }
                return HttpRequest.newBuilder(root.resolve("/api/waitlist/offers/" + Waitlist.offerToken(line.get((i - 40) % 30)) + "/acceptance"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
            });
            System.out.printf("round %d: %s; active %d, open offers %d, taken %d%n", round, CapacityConcurrencyTest.outcomes(responses),
                    activeRegistrations(category), openOffers(category), taken(category));
            assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isLessThan(500));
            assertThat(activeRegistrations(category) + openOffers(category)).isEqualTo(taken(category));
            assertThat(taken(category)).isLessThanOrEqualTo(10);
            assertThat(activeRegistrations(category)).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void invitationOnlyCategoriesHaveNoWaitingList() {
        String category = Expo.createCategory(Expo.newCode("VIP"), 1, "\"invitationOnly\":true");
        given().contentType(ContentType.JSON).body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/waitlist").then().statusCode(409).body("type", equalTo(RegistrationProblem.WAITLIST_NOT_OFFERED.type().toString()));
        String open = Expo.createCategory(Expo.newCode("W"), 0, null);
        String email = Expo.newEmail();
        join(open, email);
        given().contentType(ContentType.JSON).body(Expo.registration(open, email, "[\"2018-05-26\"]"))
                .post("/api/waitlist").then().statusCode(409).body("type", equalTo(RegistrationProblem.ALREADY_WAITING.type().toString()));
        given().auth().oauth2("wl_" + "y".repeat(43)).delete("/api/waitlist/me").then().statusCode(404).body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
