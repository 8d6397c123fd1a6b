package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.exposuite.registration.api.RegistrationProblem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationResourceTest {

    private static final String PROBLEMS = "https://problems.expo-suite.org/";

    @Inject
    AgroalDataSource dataSource;

    private long registrations() {
        return Expo.count(dataSource, "select count(*) from registration");
    }

    @Test
    void registrationAnswersIdCodeAndSecretOnce() {
        String category = Expo.createCategory(Expo.newCode("V"), 100, null);
        String email = Expo.newEmail();
        String secret = Expo.register(Expo.registration(category, email, "[\"2018-05-27\"]"))
                .then().statusCode(201)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("confirmationCode", matchesPattern("[ABCDEFGHJKMNPQRSTVWXYZ2-9]{8}"))
                .body("secret", matchesPattern("rs_[A-Za-z0-9_-]{43}"))
                .body("status", equalTo("CONFIRMED"))
                .body("days", contains("2018-05-27"))
                .extract().path("secret");
        given().auth().oauth2(secret).get("/api/registrations/me")
                .then().statusCode(200)
                .body("familyName", equalTo("张")).body("givenName", equalTo("伟")).body("email", equalTo(email))
                .body("interests", contains("FRONTIER_TECHNOLOGY", "DIGITAL_EXPERIENCE"))
                .body("shareContactWithExhibitors", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        assertThat(Expo.count(dataSource, "select count(*) from registration where secret_hash like 'rs_%'")).isZero();
    }

    @Test
    void secondActiveRegistrationWithSameEmailIsRefusedWithoutRevealingIt() {
        String category = Expo.createCategory(Expo.newCode("V"), 100, null);
        String email = Expo.newEmail();
        Expo.register(Expo.registration(category, email, "[\"2018-05-26\"]")).then().statusCode(201);
        Expo.register(Expo.registration(category, email.toUpperCase(), "[\"2018-05-28\"]"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(RegistrationProblem.ALREADY_REGISTERED.type().toString()))
                .body(not(containsString("张")))
                .body(not(containsString("2018-05-26")));
    }

    @Test
    void missingAndWrongFieldsAreEachNamedAndNothingIsStored() {
        long before = registrations();
        given().contentType(ContentType.JSON)
                .body("""
                        {"category":"","familyName":" ","email":"not-an-email","phone":"call me","country":"XX",
                         "latinName":"张伟","consents":{"privacyPolicy":false}}""")
                .post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("category", "familyName", "givenName", "email", "phone", "country",
                        "latinName", "consents.privacyPolicy"));
        given().contentType(ContentType.JSON).body("{\"category\":\"X\"}").post("/api/registrations")
                .then().statusCode(400).body("violations.field", hasItems("familyName", "email", "country", "consents"));
        assertThat(registrations()).isEqualTo(before);
    }

    @Test
    void emailWithoutDomainDotIsRejected() {
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        Expo.register(Expo.registration(category, "someone@localhost", "[\"2018-05-26\"]"))
                .then().statusCode(400).body("violations.field", contains("email"));
    }

    @Test
    void malformedJsonWrongTypesAndEmptyBodyAreProblems() {
        long before = registrations();
        given().contentType(ContentType.JSON).body("{\"category\": ").post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-json"));
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        String wrongDays = Expo.registration(category, Expo.newEmail(), "\"monday\"");
        Expo.register(wrongDays).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-field-type")).body("violations.field", contains("days"));
        String wrongDate = Expo.registration(category, Expo.newEmail(), "[\"2018-02-30\"]");
        Expo.register(wrongDate).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("days[0]"));
        String wrongTheme = Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]").replace("FRONTIER_TECHNOLOGY", "KARAOKE");
        Expo.register(wrongTheme).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("interests[0]")).body(not(containsString("org.exposuite")));
        String wrongConsent = Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]").replace("\"privacyPolicy\":true", "\"privacyPolicy\":{}");
        Expo.register(wrongConsent).then().statusCode(400).body("violations.field", contains("consents.privacyPolicy"));
        given().contentType(ContentType.JSON).post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("hello").post("/api/registrations")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(registrations()).isEqualTo(before);
    }

    @Test
    void unknownCategoryAndDayAreNamed() {
        long before = registrations();
        Expo.register(Expo.registration("NO-SUCH-CATEGORY", Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(RegistrationProblem.UNKNOWN_CATEGORY.type().toString())).body("field", equalTo("category"));
        String category = Expo.createCategory(Expo.newCode("V"), 10, "\"days\":[{\"day\":\"2018-05-26\",\"capacity\":5}]");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-27\"]"))
                .then().statusCode(422)
                .body("type", equalTo(RegistrationProblem.UNKNOWN_DAY.type().toString())).body("day", equalTo("2018-05-27"));
        String open = Expo.createCategory(Expo.newCode("V"), 10, null);
        Expo.register(Expo.registration(open, Expo.newEmail(), "[\"2019-05-26\"]"))
                .then().statusCode(422).body("type", equalTo(RegistrationProblem.UNKNOWN_DAY.type().toString()));
        Expo.register(Expo.registration(open, Expo.newEmail(), null))
                .then().statusCode(422).body("type", equalTo(RegistrationProblem.DAYS_REQUIRED.type().toString()));
        assertThat(registrations()).isEqualTo(before);
    }

    @Test
    void oversizedBodyIsRefusedAndNothingIsStored() {
        long before = registrations();
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        String huge = Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]")
                .replace("\"jobTitle\":\"数据分析师\"", "\"jobTitle\":\"" + "x".repeat(1_100_000) + "\"");
        // the declared length is refused before any of the body is read
        given().contentType(ContentType.JSON).body(huge).post("/api/registrations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
        assertThat(registrations()).isEqualTo(before);
    }

    @Test
    void categoryNeedingApprovalStartsPendingAndHoldsThePlace() {
        String category = Expo.createCategory(Expo.newCode("M"), 1, "\"approvalRequired\":true");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(201).body("status", equalTo("PENDING"));
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.CATEGORY_FULL.type().toString()));
    }

    @Test
    void saleWindowIsEnforced() {
        String category = Expo.createCategory(Expo.newCode("S"), 10,
                "\"salesOpenAt\":\"2999-01-01T00:00:00Z\",\"salesCloseAt\":\"2999-02-01T00:00:00Z\"");
        Expo.register(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .then().statusCode(409).body("type", equalTo(RegistrationProblem.SALE_CLOSED.type().toString()));
        given().get("/api/categories").then().statusCode(200).body("code", not(org.hamcrest.Matchers.hasItem(category)));
    }

    @Test
    void invitationOnlyCategoryNeedsAValidCodeWithUsesLeft() {
        String category = Expo.createCategory(Expo.newCode("VIP"), 10, "\"invitationOnly\":true,\"allDays\":true");
        given().auth().oauth2(Tokens.forRole("organizer")).contentType(ContentType.JSON)
                .body("{\"code\":\"GUIYANG-2018\",\"uses\":1}")
                .post("/api/categories/" + category + "/invitations").then().statusCode(201);
        Expo.register(Expo.registration(category, Expo.newEmail(), null))
                .then().statusCode(422).body("type", equalTo(RegistrationProblem.INVITATION_INVALID.type().toString()));
        String withWrongCode = Expo.registration(category, Expo.newEmail(), null).replace("\"category\"", "\"invitationCode\":\"WRONG\",\"category\"");
        Expo.register(withWrongCode).then().statusCode(422).body("type", equalTo(RegistrationProblem.INVITATION_INVALID.type().toString()));
        String withCode = Expo.registration(category, Expo.newEmail(), null).replace("\"category\"", "\"invitationCode\":\"GUIYANG-2018\",\"category\"");
        Expo.register(withCode).then().statusCode(201)
                .body("days", contains("2018-05-26", "2018-05-27", "2018-05-28", "2018-05-29"));
        String again = Expo.registration(category, Expo.newEmail(), null).replace("\"category\"", "\"invitationCode\":\"GUIYANG-2018\",\"category\"");
        Expo.register(again).then().statusCode(409).body("type", equalTo(RegistrationProblem.INVITATION_EXHAUSTED.type().toString()));
        given().auth().oauth2(Tokens.forRole("organizer")).get("/api/categories/" + category + "/invitations")
                .then().statusCode(200).body("[0].uses", equalTo(1)).body("[0].used", equalTo(1));
    }

    @Test
    void publicRegistrationWorksWithAStaleTokenAlongside() {
        String category = Expo.createCategory(Expo.newCode("V"), 10, null);
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c3RhbGU").contentType(ContentType.JSON)
                .body(Expo.registration(category, Expo.newEmail(), "[\"2018-05-26\"]"))
                .post("/api/registrations").then().statusCode(201);
        given().auth().oauth2("rs_" + "A".repeat(43)).get("/api/categories").then().statusCode(200);
    }
}
