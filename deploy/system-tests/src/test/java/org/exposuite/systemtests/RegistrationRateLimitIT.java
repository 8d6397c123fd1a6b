package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Registration attempts from one client are rate limited at the gateway; reads are not.
 * Runs against the gateway rendered with {@value Suite#RATE_LIMITED_REGISTRATION_RATE}, burst {@value Suite#RATE_LIMITED_REGISTRATION_BURST}.
 */
@SystemTest
class RegistrationRateLimitIT {

    private static final int BURST = 40;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void burstOfRegistrationAttemptsIsCutOffWithTooManyRequests() throws Exception {
        HttpRequest attempt = HttpRequest.newBuilder(URI.create(Suite.rateLimitedGateway() + "/api/registrations"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"burst@systest.expo-suite.org\"}"))
                .build();

        List<HttpResponse<String>> responses = fireAtOnce(attempt);

        List<HttpResponse<String>> refused = responses.stream().filter(response -> response.statusCode() == 429).toList();
        assertThat(refused).as("429 answers among %d parallel registration attempts", BURST).isNotEmpty();
        assertThat(refused.size()).as("attempts refused").isLessThan(BURST);
        for (HttpResponse<String> response : refused) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.from(response.body()).getString("type")).startsWith("https://").endsWith("/gateway/too-many-requests");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }
        // the attempts let through reached registration-service (its own answer, not a gateway problem)
        responses.stream().filter(response -> response.statusCode() != 429)
                .forEach(response -> assertThat(response.body()).doesNotContain("/gateway/"));
    }

    @Test
    void burstOfCategoryReadsIsNeverLimited() throws Exception {
        HttpRequest read = HttpRequest.newBuilder(URI.create(Suite.rateLimitedGateway() + "/api/categories"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();

        List<HttpResponse<String>> responses = fireAtOnce(read);

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    }

    /** Sends the request BURST times in parallel, released together. */
    private static List<HttpResponse<String>> fireAtOnce(HttpRequest request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            CountDownLatch ready = new CountDownLatch(BURST);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
