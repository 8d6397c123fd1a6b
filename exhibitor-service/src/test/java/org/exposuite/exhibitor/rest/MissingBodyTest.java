package org.exposuite.exhibitor.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
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
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class MissingBodyTest {

    private static final String EXHIBITOR = "exhibitor";
    private static final String NOBODY = "nobody";
    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
    private static final String OWN_ID = "{own}";

    /** Each body-taking operation of the service, with who may call it. */
    static final String[][] OPERATIONS = {
            {"POST", "/api/exhibitors/applications", NOBODY},
            {"POST", "/api/exhibitors/applications/" + UNKNOWN_ID + "/approve", "organizer"},
            {"POST", "/api/exhibitors/applications/" + UNKNOWN_ID + "/reject", "organizer"},
            {"PUT", "/api/exhibitors/me", EXHIBITOR},
            {"POST", "/api/exhibitors/me/products", EXHIBITOR},
            {"PUT", "/api/exhibitors/me/products/" + UNKNOWN_ID, EXHIBITOR},
            {"POST", "/api/exhibitors/me/staff", EXHIBITOR},
            {"POST", "/api/exhibitors/" + OWN_ID + "/leads", EXHIBITOR},
    };

    /** What a client sends instead of an object: nothing at all, an empty JSON body, or JSON of another shape. */
    static final String[][] BODIES = {
            {null, null},
            {"application/json", ""},
            {"application/json", "null"},
            {"application/json", "[]"},
            {"application/json", "[{\"companyNameEn\":\"X\"}]"},
            {"application/json", "\"an application\""},
            {"application/json", "42"},
    };

    private static final Map<String, String> CREDENTIALS = new ConcurrentHashMap<>();
    private static TestApplications.Applicant applicant;

    static Stream<Arguments> operationsAndBodies() {
        return Stream.of(OPERATIONS).flatMap(operation -> Stream.of(BODIES)
                .map(body -> Arguments.of(operation[0], operation[1], operation[2], body[0], body[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {3} body [{4}]")
    @MethodSource("operationsAndBodies")
    void anOperationThatReadsAnObjectSaysWhenNoneWasSent(String method, String path, String caller, String contentType, String body)
            throws Exception {
        HttpResponse<String> answer = send(method, path.replace(OWN_ID, caller.equals(EXHIBITOR) ? exhibitor().id() : OWN_ID),
                credential(caller), contentType, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo(PlatformProblem.BODY_REQUIRED.type().toString());
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("org.exposuite", "java.", "com.fasterxml", "Exception");
    }

    /** A role's token, the exhibitor's own secret, or nothing. */
    private static String credential(String caller) {
        if (caller.equals(NOBODY)) {
            return null;
        }
        return caller.equals(EXHIBITOR) ? exhibitor().secret() : CREDENTIALS.computeIfAbsent(caller, Tokens::forRole);
    }

    private static synchronized TestApplications.Applicant exhibitor() {
        if (applicant == null) {
            applicant = TestApplications.apply();
        }
        return applicant;
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
