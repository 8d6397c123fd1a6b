package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exposuite.platform.problem.ProblemType;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

/**
 * Capacity is never oversold, whatever the concurrency. These tests have teeth: with the guard
 * "and taken < capacity" removed from Quotas the 250 refusals turn into 500s (the CHECK constraint backstop
 * aborts them); with the CHECK constraint dropped as well all 300 are created (taken = 300). See also
 * CapacityGuardTeethTest, which shows the same harness catching a read-then-write oversell.
 */
@QuarkusTest
class CapacityConcurrencyTest {

    @TestHTTPResource("/api/registrations")
    URI registrations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void threeHundredParallelRegistrationsForFiftyPlacesCreateExactlyFifty() throws Exception {
        String category = Expo.createCategory(Expo.newCode("P"), 50, null);

        List<HttpResponse<String>> responses = ParallelRequests.post(registrations, 300,
                i -> Expo.registration(category, "parallel-" + i + "-" + category + "@example.org", "[\"2018-05-26\"]"), null);

        Map<String, Long> outcomes = outcomes(responses);
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("201", 50L, "409 " + RegistrationProblem.CATEGORY_FULL.slug(), 250L));
        assertThat(Expo.count(dataSource, "select count(*) from registration r join category c on c.id = r.category_id where c.code = '" + category + "'"))
                .isEqualTo(50);
        JsonPath statistics = given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(statistics.getInt("categories.find { it.code == '%s' }.taken".formatted(category))).isEqualTo(50);
        assertThat(statistics.getInt("categories.find { it.code == '%s' }.remaining".formatted(category))).isZero();
        assertThat(statistics.getInt("categories.find { it.code == '%s' }.byStatus.CONFIRMED".formatted(category))).isEqualTo(50);
    }

    @Test
    void dayLimitHoldsUnderParallelRegistrations() throws Exception {
        String category = Expo.createCategory(Expo.newCode("D"), 1000,
                "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":40},{\"day\":\"2018-05-27\",\"capacity\":1000}]");

        List<HttpResponse<String>> responses = ParallelRequests.post(registrations, 300,
                i -> Expo.registration(category, "day-" + i + "-" + category + "@example.org", "[\"2018-05-26\",\"2018-05-27\"]"), null);

        Map<String, Long> outcomes = outcomes(responses);
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("201", 40L, "409 " + RegistrationProblem.DAY_FULL.slug(), 260L));
        assertThat(responses.stream().filter(r -> r.statusCode() == 409).map(r -> JsonPath.from(r.body()).getString("day")).distinct())
                .containsExactly("2018-05-26");
        JsonPath view = given().get("/api/categories/" + category).then().statusCode(200).extract().jsonPath();
        assertThat(view.getInt("remaining")).isEqualTo(960);
        assertThat(view.getInt("days.find { it.day == '2018-05-26' }.remaining")).isZero();
        assertThat(view.getInt("days.find { it.day == '2018-05-27' }.remaining")).isEqualTo(960);
        assertThat(Expo.count(dataSource, "select count(*) from registration_day d join registration r on r.id = d.registration_id"
                + " join category c on c.id = r.category_id where c.code = '" + category + "' and d.day = date '2018-05-26'")).isEqualTo(40);
    }

    /** "201", or "409 category-full" and the like: status and the last part of the problem type. */
    static Map<String, Long> outcomes(List<HttpResponse<String>> responses) {
        Function<HttpResponse<String>, String> outcome = r -> r.statusCode() < 300 ? String.valueOf(r.statusCode())
                : r.statusCode() + " " + String.valueOf(JsonPath.from(r.body()).getString("type")).replace(ProblemType.BASE_URI, "");
        return responses.stream().collect(Collectors.groupingBy(outcome, Collectors.counting()));
    }
}
