package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway's own refusals are RFC 9457 problem details, like the services' errors. */
@SystemTest
class GatewayProblemsIT {

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing", "/nope", "/api/pavilionsandmore", "/q/health/ready"})
    void unknownPathIsTheGatewaysNotFoundProblem(String path) {
        Response response = given().get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).startsWith("https://").endsWith("/gateway/not-found");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
    }

    @Test
    void bodyOverTheLimitIsRefusedWithPayloadTooLarge() {
        byte[] body = new byte[TWO_MEGABYTES];
        Arrays.fill(body, (byte) 'x');

        Response response = given().contentType("application/json").body(body).post("/api/pavilions");

        assertPayloadTooLarge(response.statusCode(), response.contentType(), response.asString());
    }

    @Test
    void streamedBodyOverTheLimitIsRefusedWithPayloadTooLarge() throws Exception {
        byte[] body = new byte[TWO_MEGABYTES];
        Arrays.fill(body, (byte) 'x');
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // no Content-Length: the gateway must count the chunks itself
        HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/pavilions"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertPayloadTooLarge(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/pavilions/INT%00X", "/%00", "/register.html%00"})
    void requestLineTheGatewayCannotReadIsABadRequestProblem(String path) {
        Response response = given().urlEncodingEnabled(false).get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).startsWith("https://").endsWith("/gateway/bad-request");
    }

    @Test
    void requestLineOverTheLimitIsAUriTooLongProblem() {
        Response response = given().get("/api/pavilions/" + "x".repeat(20_000));

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).startsWith("https://").endsWith("/gateway/uri-too-long");
    }

    private static void assertPayloadTooLarge(int status, String contentType, String body) {
        assertThat(status).isEqualTo(413);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(JsonPath.from(body).getString("type")).startsWith("https://").endsWith("/gateway/payload-too-large");
    }
}
