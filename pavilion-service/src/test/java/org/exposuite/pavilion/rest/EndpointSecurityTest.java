package org.exposuite.pavilion.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every changing endpoint refuses a missing token (401) and a wrong role (403); every public endpoint stays public. */
@QuarkusTest
class EndpointSecurityTest {

    static Stream<Arguments> changingEndpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/pavilions", "scanner"),
                Arguments.of("PUT", "/api/pavilions/INT", "service"),
                Arguments.of("DELETE", "/api/pavilions/INT", "scanner"),
                Arguments.of("PUT", "/api/pavilions/INT/floorplan", "service"),
                Arguments.of("POST", "/api/pavilions/INT/scans", "organizer"),
                Arguments.of("GET", "/api/booths/INT-A01/history", "scanner"),
                Arguments.of("PUT", "/api/booths/INT-A01/assignment", "scanner"),
                Arguments.of("DELETE", "/api/booths/INT-A01/assignment", "scanner"),
                Arguments.of("POST", "/api/booths/INT-A01/hold", "service"),
                Arguments.of("POST", "/api/booths/moves", "scanner"),
                Arguments.of("POST", "/api/sessions", "scanner"),
                Arguments.of("PUT", "/api/sessions/1", "service"),
                Arguments.of("DELETE", "/api/sessions/1", "scanner"));
    }

    static Stream<String> publicEndpoints() {
        return Stream.of("/api/pavilions", "/api/pavilions/%s", "/api/pavilions/%s/floorplan", "/api/pavilions/%s/floorplan.svg",
                "/api/booths", "/api/booths?pavilion=%s&status=FREE", "/api/sessions", "/api/sessions?day=2018-05-27");
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON).body("{}");
    }

    @ParameterizedTest(name = "{0} {1} without a token is 401")
    @MethodSource("changingEndpoints")
    void changingEndpointRefusesAMissingToken(String method, String path, String wrongRole) {
        json().request(method, path).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0} {1} as {2} is 403")
    @MethodSource("changingEndpoints")
    void changingEndpointRefusesAWrongRole(String method, String path, String wrongRole) {
        json().auth().oauth2(Tokens.forRole(wrongRole)).request(method, path).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} {1} with a forged token is 401")
    @MethodSource("changingEndpoints")
    void changingEndpointRefusesAForgedToken(String method, String path, String wrongRole) {
        String token = Tokens.forRole("organizer");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        json().auth().oauth2(forged).request(method, path).then().statusCode(401);
    }

    @ParameterizedTest(name = "GET {0} works without a token and with a stale one")
    @MethodSource("publicEndpoints")
    void publicEndpointWorksWithoutAndWithAStaleToken(String template) {
        String pavilion = Fixtures.pavilion(100);
        String path = template.formatted(pavilion);
        given().get(path).then().statusCode(200);
        String stale = Tokens.forRole("organizer");
        given().auth().oauth2(stale.substring(0, stale.length() - 4) + "AAAA").get(path).then().statusCode(200);
        given().auth().oauth2("not-a-jwt").get(path).then().statusCode(200).header("X-Request-Id", not(equalTo("")));
    }
}
