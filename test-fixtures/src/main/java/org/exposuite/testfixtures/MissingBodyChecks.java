package org.exposuite.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service checks of its operations that read a JSON object: a missing body, or a body that is JSON but no
 * object, is answered with one 400 problem that says so: never a bare 400, never a Java name. A service's test extends
 * this, lists its operations in a static {@code operationsAndBodies()} (see {@link #casesOf}) and says who calls them.
 */
public abstract class MissingBodyChecks {

    private final URI bodyRequired;

    /** @param bodyRequired the problem type of a missing body */
    protected MissingBodyChecks(URI bodyRequired) {
        this.bodyRequired = bodyRequired;
    }

    /** The credential a caller of the operations sends as bearer, or null for a caller who sends none. */
    protected abstract String credential(String caller);

    /** The path as the caller sends it, e.g. with the caller's own id filled in. */
    protected String pathFor(String path, String caller) {
        return path;
    }

    /**
     * Every operation ({method, path, caller}) with every body a client sends instead of an object: nothing at all, an
     * empty JSON body, or JSON of another shape, among them the service's own objects in an array and a JSON string.
     */
    public static Stream<Arguments> casesOf(String[][] operations, String objectsInAnArray, String aString) {
        String[][] bodies = {
                {null, null},
                {"application/json", ""},
                {"application/json", "null"},
                {"application/json", "[]"},
                {"application/json", objectsInAnArray},
                {"application/json", aString},
                {"application/json", "42"},
        };
        return Stream.of(operations).flatMap(operation -> Stream.of(bodies)
                .map(body -> Arguments.of(operation[0], operation[1], operation[2], body[0], body[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {3} body [{4}]")
    @MethodSource("operationsAndBodies")
    public void anOperationThatReadsAnObjectSaysWhenNoneWasSent(String method, String path, String caller, String contentType, String body)
            throws Exception {
        HttpResponse<String> answer = send(method, pathFor(path, caller), credential(caller), contentType, body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo(bodyRequired.toString());
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.body()).doesNotContain("org.exposuite", "java.", "com.fasterxml", "Exception");
    }

    /**
     * Sends to the service under test as a plain client does: with nothing at all, no content type is sent either; with no
     * bearer, no authorization.
     */
    protected static HttpResponse<String> send(String method, String path, String bearer, String contentType, String body) throws Exception {
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
