package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.exposuite.platform.problem.PlatformProblem;
import org.exposuite.testfixtures.MissingBodyChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every operation that reads a JSON object answers a missing body, or a body that is JSON but no object, with one
 * 400 problem that says so: never a bare 400, never a Java name. An operation whose body is optional needs none.
 */
@QuarkusTest
class MissingBodyTest extends MissingBodyChecks {

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

    private static final Map<String, String> CREDENTIALS = new ConcurrentHashMap<>();

    static Stream<Arguments> operationsAndBodies() {
        return casesOf(OPERATIONS, "[{\"category\":\"X\"}]", "\"a registration\"");
    }

    MissingBodyTest() {
        super(PlatformProblem.BODY_REQUIRED.type());
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
    @Override
    protected String credential(String caller) {
        if (caller.equals(NOBODY)) {
            return null;
        }
        return CREDENTIALS.computeIfAbsent(caller, c -> c.equals(ATTENDEE)
                ? Expo.register(Expo.registration(Expo.createCategory(Expo.newCode("NB"), 10, null), Expo.newEmail(), "[\"2018-05-26\"]"))
                        .then().statusCode(201).extract().path("secret")
                : Tokens.forRole(c));
    }
}
