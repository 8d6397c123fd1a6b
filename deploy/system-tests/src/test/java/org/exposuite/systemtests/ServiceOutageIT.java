package org.exposuite.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.exposuite.systemtests.Suite.Service;
import org.junit.jupiter.api.Test;

/** When a service is down the gateway says so at once, as a problem, and routes again when it is back. */
@SystemTest
class ServiceOutageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void stoppedServiceIsReportedWithinOneSecondAndServedAgainAfterRestart() throws Exception {
        // a request first, so the gateway holds a keep-alive connection that the stop will break
        assertThat(exhibitors().statusCode()).isEqualTo(200);

        Suite.stop(Service.EXHIBITOR);
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = exhibitors();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(response.statusCode()).isIn(502, 503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.from(response.body()).getString("type")).startsWith("https://").contains("/gateway/");
            assertThat(elapsed).as("time to the gateway's answer").isLessThan(Duration.ofSeconds(1));
            // the other services are untouched
            assertThat(get("/api/pavilions").statusCode()).isEqualTo(200);
        } finally {
            Suite.start(Service.EXHIBITOR);
        }

        assertThat(exhibitors().statusCode()).as("GET /api/exhibitors once exhibitor-service is ready again").isEqualTo(200);
    }

    private static HttpResponse<String> exhibitors() throws Exception {
        return get("/api/exhibitors");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        // the client's own timeout is far above the limit, so a hanging gateway shows as a slow answer, not a hang
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
