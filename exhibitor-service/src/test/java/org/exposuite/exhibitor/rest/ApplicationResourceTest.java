package org.exposuite.exhibitor.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.domain.Exhibitor;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class ApplicationResourceTest {

    @Test
    void applicationStartsAsDraftWithASecretStoredOnlyAsItsHash() throws Exception {
        Applicant applicant = TestApplications.apply();

        assertThat(applicant.secret()).matches("ex_[A-Za-z0-9_-]{43}");
        String expectedHash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(applicant.secret().getBytes(StandardCharsets.UTF_8)));
        String storedHash = QuarkusTransaction.requiringNew().call(
                () -> Exhibitor.<Exhibitor>findById(UUID.fromString(applicant.id())).secretHash);
        assertThat(storedHash).isEqualTo(expectedHash).doesNotContain(applicant.secret());

        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me")
                .then().statusCode(200)
                .body("id", equalTo(applicant.id()))
                .body("state", equalTo("DRAFT"))
                .body("companyNameZh", equalTo("测试科技有限公司"))
                .body("contact.email", equalTo("li.wei@example.org"))
                .body("themes", hasItem("Smart City"))
                .body("boothType", equalTo("CORNER"))
                .body("secret", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void applicationWithWrongFieldsIsABadRequestNamingEachField() {
        Map<String, Object> body = TestApplications.body("Bad Fields Ltd");
        body.put("country", "ZZ");
        body.put("website", "javascript:alert(1)");
        body.put("boothType", null);
        body.put("contact", Map.of("name", "", "email", "not-an-email"));
        given().contentType(ContentType.JSON).body(body).post("/api/exhibitors/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("country"))
                .body("violations.field", hasItem("website"))
                .body("violations.field", hasItem("contact.email"));
    }

    @Test
    void applicantEditsWhileDraftOrSubmittedButNotOnceDecided() {
        Applicant applicant = TestApplications.apply();
        Map<String, Object> changed = TestApplications.body(applicant.companyName());
        changed.put("boothSizeM2", 36);
        changed.put("boothType", "ISLAND");
        given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON).body(changed)
                .put("/api/exhibitors/me").then().statusCode(200).body("boothSizeM2", equalTo(36));

        TestApplications.submit(applicant);
        changed.put("description", "Now with 5G");
        given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON).body(changed)
                .put("/api/exhibitors/me").then().statusCode(200).body("description", equalTo("Now with 5G"))
                .body("state", equalTo("SUBMITTED")).body("submittedAt", notNullValue());

        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Outside the expo's themes"))
                .post("/api/exhibitors/applications/" + applicant.id() + "/reject")
                .then().statusCode(200).body("state", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Outside the expo's themes"));

        given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON).body(changed)
                .put("/api/exhibitors/me").then().statusCode(409)
                .body("type", equalTo(ExhibitorProblem.APPLICATION_NOT_EDITABLE.type().toString()))
                .body("currentState", equalTo("REJECTED"));
    }

    @Test
    void selfServiceWithoutASecretIsUnauthorizedAndWithAnUnknownOneNotFound() {
        given().get("/api/exhibitors/me").then().statusCode(401)
                .body("type", equalTo("https://problems.expo-suite.org/secret-required"));
        given().header("Authorization", "Bearer ex_" + "A".repeat(43)).get("/api/exhibitors/me")
                .then().statusCode(404).body("type", equalTo(ExhibitorProblem.APPLICATION_NOT_FOUND.type().toString()));
        given().header("Authorization", "Bearer not-a-secret").get("/api/exhibitors/me").then().statusCode(404);
    }

    @Test
    void aJwtIsNotAnExhibitorSecretAndASecretIsNotAJwt() {
        Applicant applicant = TestApplications.apply();
        // An organizer token on self-service finds no application of its own.
        given().header("Authorization", TestApplications.organizer()).get("/api/exhibitors/me")
                .then().statusCode(404);
        // A secret on an organizer endpoint is no valid token.
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/applications")
                .then().statusCode(401).header("WWW-Authenticate", matchesPattern("Bearer.*"));
        // Public endpoints stay public whatever bearer comes along.
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors").then().statusCode(200);
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.stale.token").get("/api/exhibitors").then().statusCode(200);
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.stale.token").get("/api/products").then().statusCode(200);
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.stale.token").contentType(ContentType.JSON)
                .body(TestApplications.body("Stale Token Ltd")).post("/api/exhibitors/applications").then().statusCode(201);
    }

    @Test
    void organizerEndpointsNeedAValidTokenWithTheOrganizerRole() {
        Applicant applicant = TestApplications.submitted();
        String approve = "/api/exhibitors/applications/" + applicant.id() + "/approve";
        Map<String, String> booth = Map.of("boothCode", "A-001");

        given().get("/api/exhibitors/applications").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(booth).post(approve).then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.forRole("scanner")).get("/api/exhibitors/applications")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.forRole("scanner")).contentType(ContentType.JSON).body(booth)
                .post(approve).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.forRole("scanner")).contentType(ContentType.JSON)
                .body(Map.of("reason", "no")).post("/api/exhibitors/applications/" + applicant.id() + "/reject")
                .then().statusCode(403);
        org.assertj.core.api.Assertions.assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");
    }

    @Test
    void organizersListApplicationsFilteredByStateThemePavilionAndCountry() {
        String theme = "Theme " + UUID.randomUUID();
        Map<String, Object> body = TestApplications.body("Filtered " + UUID.randomUUID());
        body.put("themes", java.util.List.of(theme));
        body.put("country", "IL");
        body.put("requestedPavilions", java.util.List.of("INTL"));
        String id = given().contentType(ContentType.JSON).body(body).post("/api/exhibitors/applications")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", TestApplications.organizer())
                .queryParam("state", "DRAFT").queryParam("theme", theme).queryParam("pavilion", "INTL").queryParam("country", "IL")
                .get("/api/exhibitors/applications")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(id))
                .body("[0].contact.name", equalTo("Li Wei"));
        given().header("Authorization", TestApplications.organizer())
                .queryParam("state", "SUBMITTED").queryParam("theme", theme)
                .get("/api/exhibitors/applications").then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", TestApplications.organizer()).queryParam("size", 201)
                .get("/api/exhibitors/applications").then().statusCode(400);
    }
}
