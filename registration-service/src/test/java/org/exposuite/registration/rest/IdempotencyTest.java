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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.exposuite.platform.idempotency.IdempotencyKeys;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key: a request holds its key's lock for the transaction that registers and stores the answer; the
 * exactly-one-row assertions below catch a second registration for one key. What happens when the first request
 * fails on the way or is still running is in IdempotencyKeyLifecycleTest.
 */
@QuarkusTest
class IdempotencyTest {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";

    @TestHTTPResource("/api/registrations")
    URI registrations;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeys idempotencyKeys;

    private long registrationsWith(String email) {
        return Expo.count(dataSource, "select count(*) from registration where email = '" + email + "'");
    }

    @Test
    void sameKeySentTwentyTimesInParallelCreatesOneRegistrationAndOneAnswer() throws Exception {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String email = Expo.newEmail();
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> responses = ParallelRequests.post(registrations, 20,
                i -> Expo.registration(category, email, "[\"2018-05-26\"]"), i -> key);

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        List<HttpResponse<String>> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409).map(r -> JsonPath.from(r.body()).getString("type")))
                .allMatch((PROBLEMS + "idempotency-key-in-flight")::equals);
        assertThat(registrationsWith(email)).isEqualTo(1);
        // a retry after the first finished replays the same answer, secret included
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Expo.registration(category, email, "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(201)
                .body("id", equalTo(JsonPath.from(created.get(0).body()).getString("id")))
                .body("secret", equalTo(JsonPath.from(created.get(0).body()).getString("secret")));
    }

    @Test
    void sameKeyAndSameBodyReplaysTheFirstAnswer() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String email = Expo.newEmail();
        String key = UUID.randomUUID().toString();
        String body = Expo.registration(category, email, "[\"2018-05-26\"]");
        JsonPath first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/registrations").then().statusCode(201).extract().jsonPath();
        // same content, other spacing: still the same request
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body.replace("\n", "  \n "))
                .post("/api/registrations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")))
                .body("confirmationCode", equalTo(first.getString("confirmationCode")))
                .body("secret", equalTo(first.getString("secret")));
        assertThat(registrationsWith(email)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(201);
        String otherEmail = Expo.newEmail();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Expo.registration(category, otherEmail, "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
        assertThat(registrationsWith(otherEmail)).isZero();
    }

    @Test
    void failedRequestReleasesItsKeyForARetry() {
        String category = Expo.createCategory(Expo.newCode("I"), 0, null);
        String key = UUID.randomUUID().toString();
        String body = Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/registrations").then().statusCode(409).body("type", equalTo(RegistrationProblem.CATEGORY_FULL.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"nameEn\":\"Visitor day pass\",\"nameZh\":\"观众日票\",\"capacity\":1}".formatted(category))
                .put("/api/categories/" + category).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/registrations").then().statusCode(201);
    }

    @Test
    void storedAnswersHoldNoReadableSecretAndExpire() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String key = UUID.randomUUID().toString();
        String secret = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(201).extract().path("secret");
        assertThat(Expo.count(dataSource, "select count(*) from idempotency_key where key_hash = '" + key + "'")).isZero();
        assertThat(Expo.count(dataSource, "select count(*) from idempotency_key where position('"
                + secret + "'::bytea in response) > 0")).isZero();

        assertThat(idempotencyKeys.purgeOlderThan(Duration.ofHours(24))).isZero();
        long kept = Expo.count(dataSource, "select count(*) from idempotency_key");
        assertThat(kept).isPositive();
        assertThat(idempotencyKeys.purgeOlderThan(Duration.ZERO)).isEqualTo((int) kept);
        assertThat(secret.getBytes(StandardCharsets.US_ASCII)).hasSize(46);
    }

    @Test
    void invalidKeyIsABadRequest() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(300))
                .body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(400).body("type", equalTo(PROBLEMS + "idempotency-key-invalid"));
    }
}
