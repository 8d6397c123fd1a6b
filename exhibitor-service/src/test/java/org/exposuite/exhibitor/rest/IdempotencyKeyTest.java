package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.platform.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyKeys idempotencyKeys;

    private static Response create(String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/exhibitors/applications");
    }

    private static long rowsNamed(String companyName) {
        return QuarkusTransaction.requiringNew().call(() -> Exhibitor.count("companyNameEn", companyName));
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstResponseWithTheSameSecret() {
        String key = UUID.randomUUID().toString();
        String name = "Replay " + UUID.randomUUID();
        Map<String, Object> body = TestApplications.body(name);

        Response first = create(key, body);
        first.then().statusCode(201);
        Response second = create(key, body);
        second.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("secret", equalTo(first.path("secret")));
        assertThat(rowsNamed(name)).isEqualTo(1);
        // The replayed secret works.
        given().header("Authorization", "Bearer " + second.path("secret")).get("/api/exhibitors/me")
                .then().statusCode(200).body("companyNameEn", equalTo(name));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        String name = "First body " + UUID.randomUUID();
        create(key, TestApplications.body(name)).then().statusCode(201);

        create(key, TestApplications.body("Other body " + UUID.randomUUID())).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/idempotency-key-reused"));
        assertThat(rowsNamed(name)).isEqualTo(1);
    }

    /** Twenty creations at once, released together; the statuses in the order sent. */
    private static List<Response> twentyAtOnce(String key, Map<String, Object> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return key == null
                            ? given().contentType(ContentType.JSON).body(body).post("/api/exhibitors/applications")
                            : create(key, body);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twentyParallelCreationsWithOneKeyMakeExactlyOneApplication() throws Exception {
        String name = "Parallel " + UUID.randomUUID();
        List<Response> responses = twentyAtOnce(UUID.randomUUID().toString(), TestApplications.body(name));

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        // Each retry either replays the first answer or is told the first request is still in progress.
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201).map(r -> (String) r.path("id")).distinct()).hasSize(1);
        assertThat(rowsNamed(name)).isEqualTo(1);
    }

    @Test
    void withoutAKeyTwentyParallelCreationsMakeTwentyApplications() throws Exception {
        // The control: the same requests without the safeguard do create duplicates, so the test above has teeth.
        String name = "No key " + UUID.randomUUID();
        List<Response> responses = twentyAtOnce(null, TestApplications.body(name));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(rowsNamed(name)).isEqualTo(20);
    }

    @Test
    void keyThatIsNotVisibleAsciiOrTooLongIsABadRequest() {
        String name = "Bad key " + UUID.randomUUID();
        create("x".repeat(256), TestApplications.body(name)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://problems.expo-suite.org/idempotency-key-invalid"));
        create("schlüssel", TestApplications.body(name)).then().statusCode(400)
                .body("type", equalTo("https://problems.expo-suite.org/idempotency-key-invalid"));
        assertThat(rowsNamed(name)).isZero();
    }

    @Test
    void keysAreKeptFortyEightHoursThenForgotten() {
        String oldKey = UUID.randomUUID().toString();
        String youngKey = UUID.randomUUID().toString();
        create(oldKey, TestApplications.body("Old key " + UUID.randomUUID())).then().statusCode(201);
        ageNewestKey(49);
        create(youngKey, TestApplications.body("Young key " + UUID.randomUUID())).then().statusCode(201);
        ageNewestKey(47);

        assertThat(idempotencyKeys.purgeExpired()).isPositive();

        // the forgotten key serves a new application; the kept one still belongs to its first body
        String another = "Another body " + UUID.randomUUID();
        create(oldKey, TestApplications.body(another)).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(rowsNamed(another)).isEqualTo(1);
        create(youngKey, TestApplications.body("Another body " + UUID.randomUUID())).then().statusCode(422)
                .body("type", equalTo("https://problems.expo-suite.org/idempotency-key-reused"));
    }

    /** Makes the key written last look as if it had been written this many hours ago. */
    private void ageNewestKey(int hours) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update idempotency_key set created_at = now() - make_interval(hours => ?1)
                        where key_hash = (select key_hash from idempotency_key order by created_at desc limit 1)""")
                .setParameter(1, hours).executeUpdate());
    }
}
