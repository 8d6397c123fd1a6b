package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One X-Request-Id follows a request from the gateway through the service and back to the caller. */
@SystemTest
class RequestIdIT {

    private static final String HEADER = "X-Request-Id";

    @ParameterizedTest
    @ValueSource(strings = {"/api/pavilions", "/api/categories", "/api/exhibitors"})
    void requestWithoutIdGetsTheGatewaysIdBackFromTheService(String path) throws Exception {
        Response response = given().get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues(HEADER)).as("%s headers on GET %s", HEADER, path).hasSize(1);
        String id = response.header(HEADER);
        assertThat(id).isNotBlank();
        // the gateway generated this id: it is the one in the gateway's access log for this request
        assertThat(accessLogMentions("\"requestId\":\"" + id + "\"")).as("gateway access log has request id %s", id).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/pavilions", "/api/categories", "/api/exhibitors"})
    void requestWithIdGetsTheSameIdBack(String path) {
        Response response = given().header(HEADER, "systest-123").get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues(HEADER)).as("%s headers on GET %s", HEADER, path).containsExactly("systest-123");
    }

    private static boolean accessLogMentions(String fragment) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(Suite.gatewayAccessLog()) && Files.readString(Suite.gatewayAccessLog()).contains(fragment)) {
                return true;
            }
            Suite.sleep(Duration.ofMillis(100));
        }
        return false;
    }
}
