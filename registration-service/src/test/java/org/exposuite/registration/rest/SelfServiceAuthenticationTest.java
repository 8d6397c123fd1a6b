package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.exposuite.testfixtures.SelfServiceAuthenticationChecks;

/**
 * Every self-service operation knows its caller from the secret before it reads a body: whatever else is sent (no
 * secret, an unknown or malformed one, another kind of secret, a JWT, junk), with whatever body, the answer is the
 * same 404 problem and nothing changes. JWTs keep working where they belong, and public endpoints stay public.
 */
@QuarkusTest
class SelfServiceAuthenticationTest extends SelfServiceAuthenticationChecks {

    private static final Realm ATTENDEE = Realm.refusingAlike("rs", 404, "registration-not-found");
    private static final Realm WAITING = Realm.refusingAlike("wl", 404, "waitlist-entry-not-found");
    private static final String INVALID_FIELDS = "{\"familyName\": \"\", \"email\": \"not-an-address\", \"country\": \"Atlantis\"}";

    /** Someone holding both kinds of secret: a registration in a sold-out category and a place in its waiting line. */
    private record Holder(String attendeeSecret, String waitingSecret) {
    }

    private static Holder holder;

    SelfServiceAuthenticationTest() {
        super(ATTENDEE, WAITING);
    }

    static Stream<Operation> operations() {
        return Stream.of(
                Operation.readingNoBody(ATTENDEE, "GET", "/api/registrations/me"),
                Operation.readingABody(ATTENDEE, "PUT", "/api/registrations/me", INVALID_FIELDS, "email"),
                Operation.readingNoBody(ATTENDEE, "POST", "/api/registrations/me/cancellation"),
                Operation.readingNoBody(ATTENDEE, "GET", "/api/registrations/me/export"),
                Operation.readingNoBody(ATTENDEE, "DELETE", "/api/registrations/me"),
                Operation.readingNoBody(ATTENDEE, "GET", "/api/registrations/me/badge"),
                Operation.readingNoBody(ATTENDEE, "GET", "/api/registrations/me/badge.png"),
                Operation.readingNoBody(WAITING, "GET", "/api/waitlist/me"),
                Operation.readingNoBody(WAITING, "DELETE", "/api/waitlist/me"));
    }

    @Override
    protected String secretOf(Realm realm) {
        return realm.equals(ATTENDEE) ? holder().attendeeSecret() : holder().waitingSecret();
    }

    /** Nothing reached the registration or the place in line: both read back as they were. */
    @Override
    protected void holderIsUntouched() {
        given().auth().oauth2(holder().attendeeSecret()).get("/api/registrations/me").then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("familyName", equalTo("张"));
        given().auth().oauth2(holder().waitingSecret()).get("/api/waitlist/me").then()
                .statusCode(200).body("status", equalTo("WAITING"));
    }

    @Override
    protected String organizerEndpoint() {
        return "/api/registrations";
    }

    @Override
    protected List<String> publicReads() {
        return List.of("/api/categories", "/api/registrations/keys");
    }

    @Override
    protected Response createAsThePublic(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(Expo.registration(openCategory(), Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations");
    }

    private static String openCategory() {
        return Expo.createCategory(Expo.newCode("AU"), 100, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":100}]");
    }

    private static synchronized Holder holder() {
        if (holder == null) {
            String category = Expo.createCategory(Expo.newCode("AH"), 1, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":1}]");
            String attendee = Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
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
