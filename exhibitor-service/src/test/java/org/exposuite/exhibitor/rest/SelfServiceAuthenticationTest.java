package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exhibitor self-service operation knows its caller from the secret before it reads a body: without a secret it
 * answers 401 secret-required, with anything else that is not the application's secret (unknown, malformed, another
 * kind, a JWT, junk) 404 application-not-found, whatever the body, and nothing changes. JWTs keep working where they
 * belong, and public endpoints stay public.
 */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class SelfServiceAuthenticationTest {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";
    private static final String MALFORMED_JSON = "{\"companyNameEn\": \"Half a body\", \"contact\": ";
    private static final String BAD_APPLICATION = "{\"companyNameEn\": \"\", \"country\": \"ZZ\", \"website\": \"javascript:alert(1)\"}";
    private static final String BAD_PRODUCT = "{\"name\": \"\", \"imageUrl\": \"ftp://images.example.org/x.png\"}";
    private static final String BAD_STAFF = "{\"familyName\": \"\", \"givenName\": \"\", \"email\": \"not-an-address\"}";
    private static final String BAD_LEAD = "{\"badgeToken\": \"\", \"rating\": 9}";

    /** A self-service operation; {@code invalidBody} breaks its rules, null when it reads no body. */
    record Operation(String method, String path, String invalidBody) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** An application in draft with one product: what a refused call must leave alone. */
    private record Victim(Applicant applicant, String productId) {
    }

    private static Victim victim;

    /** {exhibitor} and {product} stand for the victim's ids, filled in when the call is made. */
    static Stream<Operation> operations() {
        return Stream.of(
                new Operation("GET", "/api/exhibitors/me", null),
                new Operation("PUT", "/api/exhibitors/me", BAD_APPLICATION),
                new Operation("POST", "/api/exhibitors/me/submit", null),
                new Operation("POST", "/api/exhibitors/me/withdraw", null),
                new Operation("GET", "/api/exhibitors/me/products", null),
                new Operation("POST", "/api/exhibitors/me/products", BAD_PRODUCT),
                new Operation("PUT", "/api/exhibitors/me/products/{product}", BAD_PRODUCT),
                new Operation("DELETE", "/api/exhibitors/me/products/{product}", null),
                new Operation("GET", "/api/exhibitors/me/staff", null),
                new Operation("POST", "/api/exhibitors/me/staff", BAD_STAFF),
                new Operation("DELETE", "/api/exhibitors/me/staff/" + UUID.randomUUID(), null),
                new Operation("POST", "/api/exhibitors/{exhibitor}/leads", BAD_LEAD),
                new Operation("GET", "/api/exhibitors/{exhibitor}/leads", null),
                new Operation("GET", "/api/exhibitors/{exhibitor}/leads.csv", null));
    }

    static Stream<Operation> operationsReadingABody() {
        return operations().filter(operation -> operation.invalidBody() != null);
    }

    @ParameterizedTest(name = "{0} without a secret answers 401 secret-required, whatever the body")
    @MethodSource("operations")
    void withoutASecretEveryOperationAsksForIt(Operation operation) {
        for (String body : badBodies(operation)) {
            call(operation, null, body).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", matchesPattern("Bearer.*"))
                    .body("type", equalTo(PROBLEMS + "secret-required"));
        }
        victimIsUntouched();
    }

    @ParameterizedTest(name = "{0} answers 404 application-not-found to any credential but the application's secret")
    @MethodSource("operations")
    void anyOtherCredentialFindsNoApplication(Operation operation) {
        for (String authorization : refusedCredentials()) {
            for (String body : badBodies(operation)) {
                call(operation, authorization, body).then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + "application-not-found"))
                        .body("status", equalTo(404));
            }
        }
        victimIsUntouched();
    }

    @ParameterizedTest(name = "{0} with the application's own secret reads the body and refuses a bad one with 400")
    @MethodSource("operationsReadingABody")
    void theOwnSecretIsCheckedFirstAndTheBodyAfterwards(Operation operation) {
        for (String body : List.of(MALFORMED_JSON, operation.invalidBody())) {
            call(operation, victim().applicant().bearer(), body).then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        victimIsUntouched();
    }

    @Test
    void aSecretOnAnOrganizerEndpointIsNoTokenWhileAnOrganizerTokenStillWorks() {
        for (String authorization : List.of(victim().applicant().bearer(), "Bearer ex_" + "q".repeat(43), "Bearer ex_short")) {
            given().header("Authorization", authorization).get("/api/exhibitors/applications").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", matchesPattern("Bearer.*"))
                    .body("type", equalTo(PROBLEMS + "unauthorized"));
        }
        given().header("Authorization", "Bearer " + expiredToken("organizer")).get("/api/exhibitors/applications")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
        given().header("Authorization", TestApplications.organizer()).get("/api/exhibitors/applications/" + victim().applicant().id())
                .then().statusCode(200).body("companyNameEn", equalTo(victim().applicant().companyName()));
    }

    @Test
    void publicEndpointsStayPublicWhateverCredentialComesAlong() {
        List<String> credentials = new ArrayList<>(refusedCredentials());
        credentials.add(victim().applicant().bearer());
        for (String authorization : credentials) {
            given().header("Authorization", authorization).get("/api/exhibitors").then().statusCode(200);
            given().header("Authorization", authorization).get("/api/products").then().statusCode(200);
        }
        given().header("Authorization", "Bearer ex_" + "u".repeat(43)).contentType(ContentType.JSON)
                .body(TestApplications.body("Unknown Secret Ltd")).post("/api/exhibitors/applications").then().statusCode(201);
    }

    /** Everything sent that is not the application's secret. */
    private static List<String> refusedCredentials() {
        return List.of(
                "Bearer ex_" + "A".repeat(43),
                "Bearer ex_short",
                "Bearer rs_" + "B".repeat(43),
                "Bearer wl_" + "C".repeat(43),
                "Bearer " + Tokens.forRole("organizer"),
                "Bearer " + expiredToken("organizer"),
                "Bearer eyJhbGciOiJSUzI1NiJ9.stale.token",
                "Bearer not-a-secret",
                "Bearer",
                "Basic b3JnYW5pemVyOnNlY3JldA==");
    }

    private static List<String> badBodies(Operation operation) {
        return operation.invalidBody() == null ? Collections.singletonList(null) : List.of(MALFORMED_JSON, operation.invalidBody());
    }

    private static Response call(Operation operation, String authorization, String body) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        String path = operation.path().replace("{exhibitor}", victim().applicant().id()).replace("{product}", victim().productId());
        return request.request(operation.method(), path);
    }

    private static void victimIsUntouched() {
        Applicant applicant = victim().applicant();
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me").then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("companyNameEn", equalTo(applicant.companyName()))
                .body("country", equalTo("CN"));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me/products").then()
                .statusCode(200).body("name", contains("Data Lake Appliance"));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/" + applicant.id() + "/leads").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    private static String expiredToken(String role) {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        return Jwt.upn(role + "@test.expo-suite.org").groups(role).issuedAt(hourAgo.minusSeconds(3600)).expiresAt(hourAgo).sign();
    }

    private static synchronized Victim victim() {
        if (victim == null) {
            Applicant applicant = TestApplications.apply();
            String productId = given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Data Lake Appliance", "description", "Shown at the booth"))
                    .post("/api/exhibitors/me/products").then().statusCode(201).extract().path("id");
            victim = new Victim(applicant, productId);
        }
        return victim;
    }
}
