package org.exposuite.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each path prefix reaches the service that owns it, through the gateway and without rewriting. */
@SystemTest
class GatewayRoutingIT {

    @ParameterizedTest
    @ValueSource(strings = {"/api/pavilions", "/api/categories", "/api/exhibitors"})
    void publicListsAnswerAsJsonArraysThroughTheGateway(String path) {
        Response response = given().accept(ContentType.JSON).get(path);

        assertThat(response.statusCode()).as("status of GET %s", path).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().<Object>get("$")).as("body of GET %s", path).isInstanceOf(List.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/booths", "/api/sessions", "/api/products", "/api/registrations", "/api/waitlist",
            "/api/checkins", "/api/pavilions/NO-SUCH-PAVILION", "/api/registrations/00000000-0000-0000-0000-000000000000"})
    void everyOwnedPrefixIsAnsweredByAServiceNotByTheGateway(String path) {
        Response response = given().accept(ContentType.JSON).get(path);

        // the gateway's own answers (404 for an unrouted path, 502/503/504 for a missing upstream) carry a /gateway/ problem type
        assertThat(response.statusCode()).as("status of GET %s", path).isNotIn(502, 503, 504);
        assertThat(response.asString()).as("body of GET %s", path).doesNotContain("/gateway/");
    }
}
