package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every self-service operation knows its caller from the secret before it reads a body: whatever else is sent (no
 * secret, an unknown or malformed one, another kind of secret, a JWT, junk), with whatever body, the answer is the
 * same 404 problem and nothing changes. JWTs keep working where they belong, and public endpoints stay public.
 */
@QuarkusTest
class SelfServiceAuthenticationTest {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";
    private static final String MALFORMED_JSON = "{\"familyName\": \"李\", \"email\": ";
    private static final String INVALID_FIELDS = "{\"familyName\": \"\", \"email\": \"not-an-address\", \"country\": \"Atlantis\"}";

    record Operation(String method, String path, boolean readsBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Someone holding both kinds of secret: a registration in a sold-out category and a place in its waiting line. */
    private record Holder(String attendeeSecret, String waitingSecret) {
    }

    private static Holder holder;

    static Stream<Operation> attendeeOperations() {
        return Stream.of(
                new Operation("GET", "/api/registrations/me", false),
                new Operation("PUT", "/api/registrations/me", true),
                new Operation("POST", "/api/registrations/me/cancellation", false),
                new Operation("GET", "/api/registrations/me/export", false),
                new Operation("DELETE", "/api/registrations/me", false),
                new Operation("GET", "/api/registrations/me/badge", false),
                new Operation("GET", "/api/registrations/me/badge.png", false));
    }

    static Stream<Operation> waitingOperations() {
        return Stream.of(
                new Operation("GET", "/api/waitlist/me", false),
                new Operation("DELETE", "/api/waitlist/me", false));
    }

    @ParameterizedTest(name = "{0} answers 404 registration-not-found to anyone without the attendee's secret")
    @MethodSource("attendeeOperations")
    void attendeeOperationsRefuseEveryOtherCallerAlike(Operation operation) {
        Holder holder = holder();
        List<String> refused = refusedCredentials("rs", holder.waitingSecret());

        for (String authorization : refused) {
            for (String body : badBodies(operation)) {
                call(operation, authorization, body).then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + "registration-not-found"))
                        .body("status", equalTo(404));
            }
        }

        // Nothing reached the registration or the place in line: both read back as they were.
        given().auth().oauth2(holder.attendeeSecret()).get("/api/registrations/me").then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("familyName", equalTo("张"));
        given().auth().oauth2(holder.waitingSecret()).get("/api/waitlist/me").then()
                .statusCode(200).body("status", equalTo("WAITING"));
    }

    @ParameterizedTest(name = "{0} answers 404 waitlist-entry-not-found to anyone without the waiting person's secret")
    @MethodSource("waitingOperations")
    void waitingListOperationsRefuseEveryOtherCallerAlike(Operation operation) {
        Holder holder = holder();
        List<String> refused = refusedCredentials("wl", holder.attendeeSecret());

        for (String authorization : refused) {
            for (String body : badBodies(operation)) {
                call(operation, authorization, body).then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + "waitlist-entry-not-found"));
            }
        }

        given().auth().oauth2(holder.waitingSecret()).get("/api/waitlist/me").then()
                .statusCode(200).body("status", equalTo("WAITING"));
        given().auth().oauth2(holder.attendeeSecret()).get("/api/registrations/me").then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void theOwnSecretIsCheckedFirstAndTheBodyAfterwards() {
        Holder holder = holder();
        given().auth().oauth2(holder.attendeeSecret()).contentType(ContentType.JSON).body(MALFORMED_JSON)
                .put("/api/registrations/me").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(holder.attendeeSecret()).contentType(ContentType.JSON).body(INVALID_FIELDS)
                .put("/api/registrations/me").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("email"));
        given().auth().oauth2(holder.attendeeSecret()).get("/api/registrations/me").then()
                .statusCode(200).body("familyName", equalTo("张"));
    }

    @Test
    void aSecretOnAnOrganizerEndpointIsNoTokenWhileAnOrganizerTokenStillWorks() {
        Holder holder = holder();
        for (String secret : List.of(holder.attendeeSecret(), holder.waitingSecret(), "rs_" + "q".repeat(43))) {
            given().auth().oauth2(secret).get("/api/registrations").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", matchesPattern("Bearer.*"))
                    .body("type", equalTo(PROBLEMS + "unauthorized"));
        }
        given().auth().oauth2(expiredToken("organizer")).get("/api/registrations").then().statusCode(401)
                .body("type", equalTo(PROBLEMS + "unauthorized"));
        given().get("/api/registrations").then().statusCode(401).header("WWW-Authenticate", matchesPattern("Bearer.*"));
        given().auth().oauth2(Tokens.forRole("scanner")).get("/api/registrations").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/registrations").then().statusCode(200);
    }

    @Test
    void publicEndpointsStayPublicWhateverCredentialComesAlong() {
        Holder holder = holder();
        List<String> credentials = List.of("Bearer " + expiredToken("organizer"), "Bearer eyJhbGciOiJSUzI1NiJ9.stale.token",
                "Bearer not-a-secret", "Bearer rs_" + "u".repeat(43), "Bearer ex_" + "u".repeat(43), "Bearer rs_short",
                "Bearer " + holder.waitingSecret(), "Basic b3JnYW5pemVyOnNlY3JldA==");
        for (String authorization : credentials) {
            given().header("Authorization", authorization).get("/api/categories").then().statusCode(200);
            given().header("Authorization", authorization).get("/api/registrations/keys").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + expiredToken("organizer")).contentType(ContentType.JSON)
                .body(Expo.registration(openCategory(), Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(201);
    }

    /** Everything that is not a valid secret of the realm: {@code otherKind} is a valid secret of the other realm. */
    private static List<String> refusedCredentials(String prefix, String otherKind) {
        List<String> refused = new ArrayList<>();
        refused.add(null);
        refused.add("Bearer " + prefix + "_" + "A".repeat(43));
        refused.add("Bearer " + prefix + "_short");
        refused.add("Bearer " + otherKind);
        refused.add("Bearer ex_" + "B".repeat(43));
        refused.add("Bearer " + Tokens.forRole("organizer"));
        refused.add("Bearer " + expiredToken("organizer"));
        refused.add("Bearer eyJhbGciOiJSUzI1NiJ9.stale.token");
        refused.add("Bearer not-a-secret");
        refused.add("Bearer");
        refused.add("Basic b3JnYW5pemVyOnNlY3JldA==");
        return refused;
    }

    /** A body that would fail if it were read: malformed JSON and fields that break every rule; none for a plain read. */
    private static List<String> badBodies(Operation operation) {
        return operation.method().equals("GET") ? java.util.Collections.singletonList(null) : List.of(MALFORMED_JSON, INVALID_FIELDS);
    }

    private static Response call(Operation operation, String authorization, String body) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(operation.method(), operation.path());
    }

    private static String expiredToken(String role) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.upn(role + "@test.expo-suite.org").groups(role).issuedAt(hourAgo.minusSeconds(3600)).expiresAt(hourAgo).sign();
    }

    private static String openCategory() {
        return Expo.createCategory(Expo.newCode("AU"), 100, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":100}]");
    }

    private static synchronized Holder holder() {
        if (holder == null) {
            String category = Expo.createCategory(Expo.newCode("AH"), 1, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":1}]");
            String email = Expo.newEmail();
            String attendee = Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]"))
                    .then().statusCode(201).extract().path("secret");
            String waiting = given().contentType(ContentType.JSON).body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                    .post("/api/waitlist").then().statusCode(201).extract().path("secret");
            assertThat(attendee).startsWith("rs_");
            assertThat(waiting).startsWith("wl_");
            holder = new Holder(attendee, waiting);
        }
        return holder;
    }
}
