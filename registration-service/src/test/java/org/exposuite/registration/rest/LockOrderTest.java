package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.testfixtures.RowLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two requests that lock the same category meet in the order that used to close a circle: the category's row is held
 * by the test while a registration writes its e-mail address and queues for the places, then the second request
 * starts and queues too, then the category is let go. With the places taken before the e-mail address (the old order
 * of a change) or the days locked before their category, the two wait on each other and PostgreSQL ends one of them;
 * in the order every path keeps now, both get their own answer.
 */
@QuarkusTest
class LockOrderTest {

    private static final String CHANGE = """
            {"days":%s,"familyName":"李","givenName":"娜","latinName":"Li Na","email":"%s","country":"CN",
             "organization":"华为","interests":["DIGITAL_HARDWARE"],"shareContactWithExhibitors":false}""";

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService requests = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopRequests() {
        requests.shutdownNow();
    }

    @Test
    void changingToAnAddressBeingRegisteredAnswersAlreadyRegisteredInsteadOfDeadlocking() throws Exception {
        String category = dayCategory(10);
        String mine = Expo.newEmail();
        String secret = register(category, mine, "[\"2018-05-26\"]");
        String contested = Expo.newEmail();

        Response registered;
        Response changed;
        try (RowLock held = lockedCategory(dataSource, category)) {
            CompletableFuture<Response> registering = start(() -> Expo.register(Expo.registration(category, contested, "[\"2018-05-26\"]")));
            held.awaitWaiting(1);
            CompletableFuture<Response> changing = start(() -> change(secret, "[\"2018-05-27\"]", contested));
            held.awaitWaiting(2);
            held.release();
            registered = registering.get();
            changed = changing.get();
        }

        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.jsonPath().getString("type")).isEqualTo(RegistrationProblem.ALREADY_REGISTERED.type().toString());
        given().auth().oauth2(secret).get("/api/registrations/me").then().statusCode(200)
                .body("email", equalTo(mine)).body("days", contains("2018-05-26"));
        given().get("/api/categories/" + category).then().statusCode(200)
                .body("remaining", equalTo(98))
                .body("days.find { it.day == '2018-05-26' }.remaining", equalTo(8))
                .body("days.find { it.day == '2018-05-27' }.remaining", equalTo(10));
        assertThat(Expo.count(dataSource, "select count(*) from registration where lower(email) = lower('" + contested + "')"
                + " and status in ('PENDING', 'CONFIRMED')")).isEqualTo(1);
    }

    @Test
    void changingDaysWhileOfferingFreedPlacesAndARegistrationBothSucceed() throws Exception {
        String category = dayCategory(1);
        String mine = Expo.newEmail();
        String secret = register(category, mine, "[\"2018-05-26\"]");
        register(category, Expo.newEmail(), "[\"2018-05-28\"]");
        // Someone waits for the full day, so freeing a day offers places and locks the category.
        String waiting = given().contentType(ContentType.JSON).body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-28\"]"))
                .post("/api/waitlist").then().statusCode(201).body("status", equalTo("WAITING")).extract().path("secret");

        Response registered;
        Response changed;
        try (RowLock held = lockedCategory(dataSource, category)) {
            CompletableFuture<Response> registering = start(() -> Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")));
            held.awaitWaiting(1);
            CompletableFuture<Response> changing = start(() -> change(secret, "[\"2018-05-27\"]", mine));
            held.awaitWaiting(2);
            held.release();
            registered = registering.get();
            changed = changing.get();
        }

        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getList("days")).containsExactly("2018-05-27");
        given().get("/api/categories/" + category).then().statusCode(200)
                .body("remaining", equalTo(97))
                .body("days.find { it.day == '2018-05-26' }.remaining", equalTo(9))
                .body("days.find { it.day == '2018-05-27' }.remaining", equalTo(9))
                .body("days.find { it.day == '2018-05-28' }.remaining", equalTo(0));
        given().auth().oauth2(waiting).get("/api/waitlist/me").then().statusCode(200).body("status", equalTo("WAITING"));
    }

    @Test
    void withdrawingAndAddingStaffOfOneExhibitorBothSucceed() throws Exception {
        int status = given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("""
                        {"code":"EXHIBITOR-STAFF","nameEn":"Exhibitor staff","nameZh":"参展商工作人员","capacity":4000,
                         "invitationOnly":true,"allDays":true}""")
                .post("/api/categories").statusCode();
        assertThat(status).isIn(201, 409);
        String exhibitor = "exh-" + UUID.randomUUID();
        JsonPath member = StaffBadgeTest.addMember(exhibitor, 5, Expo.newEmail()).then().statusCode(201).extract().jsonPath();
        long takenBefore = Expo.count(dataSource, "select taken from category where code = 'EXHIBITOR-STAFF'");

        Response withdrawn;
        Response added;
        try (RowLock held = lockedCategory(dataSource, "EXHIBITOR-STAFF")) {
            CompletableFuture<Response> withdrawing = start(() -> given().auth().oauth2(Tokens.forRole("service"))
                    .delete("/api/registrations/staff/" + exhibitor + "/members/" + member.getString("registrationId")));
            held.awaitWaiting(1);
            CompletableFuture<Response> adding = start(() -> StaffBadgeTest.addMember(exhibitor, 5, Expo.newEmail()));
            held.awaitWaiting(2);
            held.release();
            withdrawn = withdrawing.get();
            added = adding.get();
        }

        assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(204);
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        assertThat(Expo.count(dataSource, "select used from staff_allowance where exhibitor_id = '" + exhibitor + "'")).isEqualTo(1);
        assertThat(Expo.count(dataSource, "select taken from category where code = 'EXHIBITOR-STAFF'")).isEqualTo(takenBefore);
        assertThat(Expo.count(dataSource, "select count(*) from registration where exhibitor_id = '" + exhibitor + "'"
                + " and status in ('PENDING', 'CONFIRMED')")).isEqualTo(1);
    }

    private CompletableFuture<Response> start(Supplier<Response> request) {
        return CompletableFuture.supplyAsync(request, requests);
    }

    /** 100 places; three days of 10 places, the last one of {@code lastDay}. */
    private static String dayCategory(int lastDay) {
        return Expo.createCategory(Expo.newCode("LO"), 100, """
                "days":[{"day":"2018-05-26","capacity":10},{"day":"2018-05-27","capacity":10},{"day":"2018-05-28","capacity":%d}]"""
                .formatted(lastDay));
    }

    private static String register(String category, String email, String days) {
        return Expo.register(Expo.registration(category, email, days)).then().statusCode(201).extract().path("secret");
    }

    private static Response change(String secret, String days, String email) {
        return given().auth().oauth2(secret).contentType(ContentType.JSON).body(CHANGE.formatted(days, email))
                .put("/api/registrations/me");
    }

    /** The category's row locked as a transaction that takes its places locks it, so requests needing them queue behind. */
    static RowLock lockedCategory(AgroalDataSource dataSource, String code) throws SQLException {
        return RowLock.held(dataSource, "select id from category where code = ? for no key update", code);
    }
}
