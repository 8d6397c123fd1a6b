package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.exposuite.platform.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.Test;

/**
 * What becomes of an Idempotency-Key when its first request fails on the way, is still running, or is old.
 * The key is written in the transaction that registers, so whatever ends that transaction early ends the key too.
 */
@QuarkusTest
class IdempotencyKeyLifecycleTest {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TestHTTPResource("/api/registrations")
    URI registrations;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BeforeCommit beforeCommit;

    @Inject
    DatabaseOutage outage;

    @Inject
    IdempotencyKeys idempotencyKeys;

    private static Response register(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/registrations");
    }

    private long registrationsWith(String email) {
        return Expo.count(dataSource, "select count(*) from registration where email = '" + email + "'");
    }

    private long storedKeys() {
        return Expo.count(dataSource, "select count(*) from idempotency_key");
    }

    /**
     * The database goes away between the key's write and the commit (the connection is cut for real; new ones are
     * refused until the failed answer is out, as in a PostgreSQL restart). The retry with the same key registers.
     * Teeth: with the key claimed in a transaction of its own before the work, the same fault left the claim behind
     * (its release found no database) and the retry got 409 idempotency-key-in-flight.
     */
    @Test
    void keyStaysRetryableWhenTheDatabaseGoesAwayBeforeTheCommit() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String email = Expo.newEmail();
        String key = UUID.randomUUID().toString();
        String body = Expo.registration(category, email, "[\"2018-05-26\"]");
        long keysBefore = storedKeys();

        Response failed;
        try {
            failed = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .header(BeforeCommit.HEADER, BeforeCommit.DATABASE_GOES_AWAY).body(body).post("/api/registrations");
        } finally {
            outage.end();
        }
        assertThat(failed.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.asString()).doesNotContainIgnoringCase("sql").doesNotContain("org.").doesNotContain("Exception");
        assertThat(registrationsWith(email)).isZero();
        assertThat(storedKeys()).isEqualTo(keysBefore);

        JsonPath retried = register(key, body).then().statusCode(201).extract().jsonPath();
        assertThat(registrationsWith(email)).isEqualTo(1);
        register(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(retried.getString("id")))
                .body("secret", equalTo(retried.getString("secret")));
        assertThat(registrationsWith(email)).isEqualTo(1);
    }

    /**
     * A retry while the first request is still inside its transaction is told so at once (409, not a wait); once the
     * first commits, the retry replays its answer and another body under the same key is refused.
     * Teeth: without the key's lock the retry found no stored answer, registered the same person again and waited on
     * the first request's row instead of answering.
     */
    @Test
    void sameKeyWhileTheFirstRequestRunsIsInFlightThenReplays() throws Exception {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String email = Expo.newEmail();
        String key = UUID.randomUUID().toString();
        String body = Expo.registration(category, email, "[\"2018-05-26\"]");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        BeforeCommit.Hold hold = beforeCommit.hold(key);

        CompletableFuture<HttpResponse<String>> first;
        HttpResponse<String> retry;
        try {
            first = client.sendAsync(post(key, body).header(BeforeCommit.HEADER, hold.header()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(hold.awaitArrival(PATIENCE)).as("the first request reached its commit").isTrue();
            retry = client.send(post(key, body).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            hold.release();
        }

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(retry.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonPath.from(retry.body()).getString("type")).isEqualTo(PROBLEMS + "idempotency-key-in-flight");

        HttpResponse<String> firstAnswer = first.get();
        assertThat(firstAnswer.statusCode()).isEqualTo(201);
        assertThat(firstAnswer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/registrations/me"));
        JsonPath created = JsonPath.from(firstAnswer.body());
        register(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", firstAnswer.headers().firstValue("Location").orElseThrow())
                .body("id", equalTo(created.getString("id")))
                .body("confirmationCode", equalTo(created.getString("confirmationCode")))
                .body("secret", equalTo(created.getString("secret")));
        register(key, Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
        assertThat(registrationsWith(email)).isEqualTo(1);
    }

    /** Keys older than the retention (24 h here) are forgotten: the key may then serve a new request; younger ones stay. */
    @Test
    void purgeForgetsOnlyKeysOlderThanTheRetention() {
        String category = Expo.createCategory(Expo.newCode("I"), 100, null);
        String oldKey = UUID.randomUUID().toString();
        String youngKey = UUID.randomUUID().toString();
        register(oldKey, Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
        ageNewestKey(Duration.ofHours(25));
        register(youngKey, Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(201);
        ageNewestKey(Duration.ofHours(23));

        assertThat(idempotencyKeys.purgeExpired()).isPositive();

        assertThat(Expo.count(dataSource, "select count(*) from idempotency_key where created_at < now() - interval '24 hours'")).isZero();
        String otherEmail = Expo.newEmail();
        register(oldKey, Expo.registration(category, otherEmail, "[\"2018-05-26\"]")).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertThat(registrationsWith(otherEmail)).isEqualTo(1);
        register(youngKey, Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
    }

    private HttpRequest.Builder post(String key, String body) {
        return HttpRequest.newBuilder(registrations).timeout(PATIENCE)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Makes the key written last look as if it had been written this long ago. */
    private void ageNewestKey(Duration age) {
        Expo.count(dataSource, """
                with newest as (update idempotency_key set created_at = now() - interval '%d seconds'
                                where key_hash = (select key_hash from idempotency_key order by created_at desc limit 1)
                                returning 1)
                select count(*) from newest""".formatted(age.toSeconds()));
    }
}
