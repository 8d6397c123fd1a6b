package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.exposuite.platform.problem.PlatformProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation that reads a JSON object answers a missing body, or a body that is JSON but no object, with one
 * 400 problem that says so: never a bare 400, never a Java name. An operation whose body is optional needs none.
 */
@QuarkusTest
class MissingBodyTest {

    private static final String ATTENDEE = "attendee";
    private static final String NOBODY = "nobody";
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

    /** Each body-taking operation of the service, with who may call it. */
    static final String[][] OPERATIONS = {
            {"POST", "/api/registrations", NOBODY},
            {"POST", "/api/waitlist", NOBODY},
            {"PUT", "/api/registrations/me", ATTENDEE},
            {"POST", "/api/registrations/" + UNKNOWN_ID + "/rejection", "organizer"},
            {"POST", "/api/categories", "organizer"},
            {"PUT", "/api/categories/NO-SUCH", "organizer"},
            {"POST", "/api/categories/NO-SUCH/invitations", "organizer"},
            {"POST", "/api/checkins", "scanner"},
            {"POST", "/api/checkins/batch", "scanner"},
            {"PUT", "/api/registrations/staff/EX-1/members", "service"},
    };

    /** What a client sends instead of an object: nothing at all, an empty JSON body, or JSON of another shape. */
    static final String[][] BODIES = {
            {null, null},
            {"application/json", ""},
            {"application/json", "null"},
            {"application/json", "[]"},
            {"application/json", "[{\"category\":\"X\"}]"},
            {"application/json", "\"a registration\""},
            {"application/json", "42"},
    };

    private static final Map<String, String> CREDENTIALS = new ConcurrentHashMap<>();

    static Stream<Arguments> operationsAndBodies() {
        return Stream.of(OPERATIONS).flatMap(operation -> Stream.of(BODIES)
                .map(body -> Arguments.of(operation[0], operation[1], operation[2], body[0], body[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {3} body [{4}]")
    @MethodSource("operationsAndBodies")
    void anOperationThatReadsAnObjectSaysWhenNoneWasSent(String method, String path, String caller, String contentType, String body)
            throws Exception {
        HttpResponse<String> answer = send(method, path, credential(caller), contentType, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo(PlatformProblem.BODY_REQUIRED.type().toString());
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("org.exposuite", "java.", "com.fasterxml", "Exception");
    }

    @Test
    void anOrganizerCancelsWithoutABodyWhereTheReasonIsOptional() throws Exception {
        String category = Expo.createCategory(Expo.newCode("NB"), 10, null);
        String id = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).extract().path("id");

        HttpResponse<String> answer = send("POST", "/api/registrations/" + id + "/cancellation", credential("organizer"), null, null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        given().auth().oauth2(credential("organizer")).get("/api/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    /** A role's token, an attendee's own secret, or nothing. */
    private static String credential(String caller) {
        if (caller.equals(NOBODY)) {
            return null;
        }
        return CREDENTIALS.computeIfAbsent(caller, c -> c.equals(ATTENDEE)
                ? Expo.register(Expo.registration(Expo.createCategory(Expo.newCode("NB"), 10, null), Expo.newEmail(), "[\"2018-05-26\"]"))
                        .then().statusCode(201).extract().path("secret")
                : Tokens.forRole(c));
    }

    /** Sent as a plain client does: with nothing at all, no content type is sent either. */
    private static HttpResponse<String> send(String method, String path, String bearer, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
