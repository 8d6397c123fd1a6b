package org.exposuite.pavilion.rest;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation that reads a JSON object answers a missing body, or a body that is JSON but no object, with one
 * 400 problem that says so: never a bare 400, never a Java name.
 */
@QuarkusTest
class MissingBodyTest {

    /** Each body-taking operation of the service, with the role that may call it. */
    static final String[][] OPERATIONS = {
            {"POST", "/api/pavilions", "organizer"},
            {"PUT", "/api/pavilions/P-NONE", "organizer"},
            {"PUT", "/api/pavilions/P-NONE/floorplan", "organizer"},
            {"POST", "/api/pavilions/P-NONE/scans", "scanner"},
            {"POST", "/api/sessions", "organizer"},
            {"PUT", "/api/sessions/1", "organizer"},
            {"PUT", "/api/booths/B-NONE/assignment", "service"},
            {"POST", "/api/booths/B-NONE/hold", "organizer"},
            {"POST", "/api/booths/moves", "organizer"},
    };

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** What a client sends instead of an object: nothing at all, an empty JSON body, or JSON of another shape. */
    static final String[][] BODIES = {
            {null, null},
            {"application/json", ""},
            {"application/json", "null"},
            {"application/json", "[]"},
            {"application/json", "[{\"code\":\"X\"}]"},
            {"application/json", "\"a pavilion\""},
            {"application/json", "42"},
    };

    static Stream<Arguments> operationsAndBodies() {
        return Stream.of(OPERATIONS).flatMap(operation -> Stream.of(BODIES)
                .map(body -> Arguments.of(operation[0], operation[1], operation[2], body[0], body[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {3} body [{4}]")
    @MethodSource("operationsAndBodies")
    void anOperationThatReadsAnObjectSaysWhenNoneWasSent(String method, String path, String role, String contentType, String body)
            throws Exception {
        HttpResponse<String> answer = send(method, path, TOKENS.computeIfAbsent(role, Tokens::forRole), contentType, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo(PlatformProblem.BODY_REQUIRED.type().toString());
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("org.exposuite", "java.", "com.fasterxml", "Exception");
    }

    /** Sent as a plain client does: with nothing at all, no content type is sent either. */
    private static HttpResponse<String> send(String method, String path, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
