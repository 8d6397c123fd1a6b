package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.exposuite.testfixtures.SignedBadges;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = RegistrationStub.class, scope = TestResourceScope.GLOBAL)
class LeadResourceTest {

    private static final String CONTACT = """
            {"familyName":"李","givenName":"明","latinName":"LI Ming","email":"li.ming@example.org","phone":"+86 851 8888 1234",
             "organization":"Guizhou Data Co.","jobTitle":"CTO","country":"CN"}
            """;

    @PavilionStub.Inject
    WireMockServer pavilion;

    @RegistrationStub.Inject
    WireMockServer registration;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void prepare() {
        TestExhibitors.prepare(pavilion, registration, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    private Applicant approved() {
        return TestExhibitors.approved(pavilion, registration, 18);
    }

    private static Response scan(Applicant exhibitor, String badge, Integer rating, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("badgeToken", badge);
        body.put("rating", rating);
        body.put("notes", notes);
        return given().header("Authorization", exhibitor.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/exhibitors/" + exhibitor.id() + "/leads");
    }

    private static Response leads(Applicant exhibitor) {
        return given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/" + exhibitor.id() + "/leads");
    }

    /** The visitor's lead once registration-service's answer about the contact is in (it arrives after the scan). */
    private static Map<String, Object> leadOnceContactAnswered(Applicant exhibitor, String visitor) {
        String lead = "find { it.registrationId == '" + visitor + "' }";
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> leads(exhibitor).then().statusCode(200).extract().jsonPath().<String, Object>getMap(lead),
                        found -> found != null && Boolean.FALSE.equals(found.get("contactPending")));
    }

    private int contactRequests(String visitor) {
        return registration.findAll(getRequestedFor(urlPathEqualTo(RegistrationStub.sharedContactPath(visitor)))).size();
    }

    private int keyRequests() {
        return registration.findAll(getRequestedFor(urlPathEqualTo(RegistrationStub.KEYS_PATH))).size();
    }

    private static void refusedBecause(Response response, String reason) {
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", Matchers.equalTo("https://problems.expo-suite.org/badge-invalid"))
                .body("reason", Matchers.equalTo(reason));
    }

    @Test
    void anOptedInVisitorsLeadShowsTheSharedContact() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesContact(registration, visitor, CONTACT);

        scan(exhibitor, TestBadges.badge(visitor), 4, "Wants a demo of the city data platform").then().statusCode(201)
                .body("registrationId", Matchers.equalTo(visitor))
                .body("category", Matchers.equalTo("VISITOR"))
                .body("rating", Matchers.equalTo(4))
                .body("notes", Matchers.equalTo("Wants a demo of the city data platform"))
                .body("scanCount", Matchers.equalTo(1));

        Map<String, Object> lead = leadOnceContactAnswered(exhibitor, visitor);
        assertThat(lead).containsEntry("contactPending", false).containsEntry("scanCount", 1);
        assertThat(lead.get("contact")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("familyName", "李")
                .containsEntry("givenName", "明")
                .containsEntry("email", "li.ming@example.org")
                .containsEntry("organization", "Guizhou Data Co.");
        registration.verify(1, getRequestedFor(urlPathEqualTo(RegistrationStub.sharedContactPath(visitor)))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
        leads(exhibitor).then().statusCode(200).body("", hasSize(1)).body("[0].contact.latinName", Matchers.equalTo("LI Ming"));
    }

    @Test
    void anOptedOutVisitorsLeadHoldsTheScanWithoutPersonalData() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, visitor);

        String created = scan(exhibitor, TestBadges.badge(visitor), 2, null).then().statusCode(201)
                .body("registrationId", Matchers.equalTo(visitor))
                .body("rating", Matchers.equalTo(2))
                .body("$", not(Matchers.hasKey("contact")))
                .extract().asString();
        assertThat(leadOnceContactAnswered(exhibitor, visitor)).containsEntry("contactPending", false).doesNotContainKey("contact");
        String listed = leads(exhibitor).then().statusCode(200).body("", hasSize(1)).extract().asString();

        for (String json : List.of(created, listed)) {
            assertThat(json).doesNotContainIgnoringCase("name").doesNotContainIgnoringCase("email")
                    .doesNotContain("phone").doesNotContain("organization");
        }
    }

    @Test
    void aVisitorWhoDoesNotShareNeverGetsAContactAlsoWhenScannedAgain() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, visitor);
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(201).body("$", not(Matchers.hasKey("contact")));
        leadOnceContactAnswered(exhibitor, visitor);

        scan(exhibitor, TestBadges.badge(visitor), 3, null).then().statusCode(200).body("$", not(Matchers.hasKey("contact")));
        await().atMost(Duration.ofSeconds(60)).until(() -> contactRequests(visitor) >= 2);

        assertThat(leadOnceContactAnswered(exhibitor, visitor)).doesNotContainKey("contact")
                .containsEntry("rating", 3).containsEntry("scanCount", 2);
        assertThat(leads(exhibitor).asString()).doesNotContain("email").doesNotContain("phone");
    }

    @Test
    void theSameVisitorScannedTwiceIsOneLead() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, visitor);

        String id = scan(exhibitor, TestBadges.badge(visitor), 3, "Met at the opening").then().statusCode(201)
                .extract().path("id");
        scan(exhibitor, TestBadges.badge(visitor), 5, null).then().statusCode(200)
                .body("id", Matchers.equalTo(id))
                .body("rating", Matchers.equalTo(5))
                .body("notes", Matchers.equalTo("Met at the opening"))
                .body("scanCount", Matchers.equalTo(2));

        leads(exhibitor).then().body("", hasSize(1)).body("[0].rating", Matchers.equalTo(5));
    }

    @Test
    void aBadgeSignedWithAnotherKeyIsRefused() {
        Applicant exhibitor = approved();
        ECKey forger = SignedBadges.newKey(TestBadges.CURRENT.getKeyID());

        refusedBecause(scan(exhibitor, TestBadges.sign(forger, UUID.randomUUID().toString(), "VIP",
                Instant.now().plus(Duration.ofDays(1))), null, null), "signature");
        leads(exhibitor).then().body("", hasSize(0));
    }

    @Test
    void aBadgeAlteredByOneCharacterIsRefused() {
        Applicant exhibitor = approved();
        String badge = TestBadges.badge(UUID.randomUUID().toString());
        String[] parts = badge.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        String altered = parts[0] + "." + new String(payload) + "." + parts[2];

        refusedBecause(scan(exhibitor, altered, null, null), "signature");
    }

    @Test
    void anExpiredBadgeIsRefused() {
        Applicant exhibitor = approved();
        String expired = TestBadges.sign(TestBadges.CURRENT, UUID.randomUUID().toString(), "VISITOR",
                Instant.now().minus(Duration.ofHours(2)));

        refusedBecause(scan(exhibitor, expired, null, null), "expired");
    }

    @Test
    void garbageInsteadOfABadgeIsRefused() {
        refusedBecause(scan(approved(), "not-a-badge", null, null), "malformed");
    }

    @Test
    void aBadgeWithANewKeyIdFetchesTheKeysOnceAndVerifies() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, visitor);
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(201);
        ECKey rotated = SignedBadges.newKey("badge-test-rotated-" + UUID.randomUUID());
        RegistrationStub.publishesKeys(registration, new JWKSet(List.of(TestBadges.CURRENT, rotated)));
        String newVisitor = UUID.randomUUID().toString();
        RegistrationStub.sharesNoContact(registration, newVisitor);
        int before = keyRequests();

        scan(exhibitor, TestBadges.sign(rotated, newVisitor, "MEDIA", Instant.now().plus(Duration.ofDays(1))), null, null)
                .then().statusCode(201).body("category", Matchers.equalTo("MEDIA"));
        assertThat(keyRequests()).isEqualTo(before + 1);

        // Known now: the next badge with that key needs no fetch.
        scan(exhibitor, TestBadges.sign(rotated, newVisitor, "MEDIA", Instant.now().plus(Duration.ofDays(1))), null, null)
                .then().statusCode(200);
        assertThat(keyRequests()).isEqualTo(before + 1);
    }

    @Test
    void aBadgeWithAKeyIdTheRegistrationDoesNotPublishIsRefusedAfterOneFetch() {
        Applicant exhibitor = approved();
        ECKey unknown = SignedBadges.newKey("badge-test-unknown-" + UUID.randomUUID());
        scan(exhibitor, TestBadges.badge(UUID.randomUUID().toString()), null, null);
        int before = keyRequests();

        refusedBecause(scan(exhibitor, TestBadges.sign(unknown, UUID.randomUUID().toString(), "VISITOR",
                Instant.now().plus(Duration.ofDays(1))), null, null), "unknown-key");
        assertThat(keyRequests()).isEqualTo(before + 1);
    }

    @Test
    void registrationUnreachableKeepsTheContactPendingUntilItAnswersAgain() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        registration.stubFor(get(urlPathEqualTo(RegistrationStub.sharedContactPath(visitor)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        scan(exhibitor, TestBadges.badge(visitor), 3, "Call back").then().statusCode(201)
                .body("contactPending", Matchers.equalTo(true))
                .body("$", not(Matchers.hasKey("contact")));
        await().atMost(Duration.ofSeconds(60)).until(() -> contactRequests(visitor) >= 1);
        leads(exhibitor).then().body("[0].contactPending", Matchers.equalTo(true)).body("[0]", not(Matchers.hasKey("contact")));

        // No second scan: the contact is asked for again until registration-service answers.
        RegistrationStub.sharesContact(registration, visitor, CONTACT);
        Map<String, Object> lead = leadOnceContactAnswered(exhibitor, visitor);
        assertThat(lead).containsEntry("notes", "Call back").containsEntry("scanCount", 1);
        assertThat(lead.get("contact")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("email", "li.ming@example.org");
    }

    @Test
    void aScanAnswersWhileRegistrationHangsAndTheContactFollowsOnceItAnswers() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        registration.stubFor(get(urlPathEqualTo(RegistrationStub.sharedContactPath(visitor)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(CONTACT)
                        .withFixedDelay(20_000)));

        scan(exhibitor, TestBadges.badge(visitor), 5, "Hung registration").then().statusCode(201)
                .body("registrationId", Matchers.equalTo(visitor))
                .body("contactPending", Matchers.equalTo(true))
                .body("$", not(Matchers.hasKey("contact")));
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(200)
                .body("scanCount", Matchers.equalTo(2))
                .body("contactPending", Matchers.equalTo(true));
        await().atMost(Duration.ofSeconds(60)).until(() -> contactRequests(visitor) >= 1);
        leads(exhibitor).then().body("[0].contactPending", Matchers.equalTo(true)).body("[0]", not(Matchers.hasKey("contact")));

        RegistrationStub.sharesContact(registration, visitor, CONTACT);
        Map<String, Object> lead = leadOnceContactAnswered(exhibitor, visitor);
        assertThat(lead).containsEntry("notes", "Hung registration").containsEntry("scanCount", 2);
        assertThat(lead.get("contact")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("familyName", "李");
    }

    @Test
    void aVisitorWhoStopsSharingLosesTheContactOnTheNextScan() {
        Applicant exhibitor = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesContact(registration, visitor, CONTACT);
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(201);
        assertThat(leadOnceContactAnswered(exhibitor, visitor).get("contact")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKey("email");
        // A rescan answers with the contact known so far.
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(200)
                .body("contact.email", Matchers.equalTo("li.ming@example.org"));

        RegistrationStub.sharesNoContact(registration, visitor);
        scan(exhibitor, TestBadges.badge(visitor), null, null).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                leads(exhibitor).then().body("", hasSize(1)).body("[0]", not(Matchers.hasKey("contact")))
                        .body("[0].contactPending", Matchers.equalTo(false)).body("[0].scanCount", Matchers.equalTo(3)));
    }

    @Test
    void anotherExhibitorsSecretFindsNoLeads() {
        Applicant owner = approved();
        Applicant other = approved();
        String visitor = UUID.randomUUID().toString();
        RegistrationStub.sharesContact(registration, visitor, CONTACT);
        scan(owner, TestBadges.badge(visitor), 5, null).then().statusCode(201);
        String path = "/api/exhibitors/" + owner.id();

        given().header("Authorization", other.bearer()).get(path + "/leads").then().statusCode(404);
        given().header("Authorization", other.bearer()).get(path + "/leads.csv").then().statusCode(404);
        given().header("Authorization", other.bearer()).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", TestBadges.badge(visitor))).post(path + "/leads").then().statusCode(404);
        given().get(path + "/leads").then().statusCode(401);
        leads(owner).then().body("", hasSize(1)).body("[0].scanCount", Matchers.equalTo(1));
    }

    @Test
    void anExhibitorNotApprovedCannotScan() {
        Applicant applicant = TestApplications.submitted();
        given().header("Authorization", applicant.bearer()).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", TestBadges.badge(UUID.randomUUID().toString())))
                .post("/api/exhibitors/" + applicant.id() + "/leads")
                .then().statusCode(409).body("type", Matchers.equalTo(ExhibitorProblem.EXHIBITOR_NOT_APPROVED.type().toString()));
    }

    @Test
    void ratingAndNotesAreChecked() {
        Applicant exhibitor = approved();
        scan(exhibitor, TestBadges.badge(UUID.randomUUID().toString()), 6, "x".repeat(2001)).then().statusCode(400)
                .body("violations.field", Matchers.hasItems("rating", "notes"));
    }

    @Test
    void theCsvExportHasAByteOrderMarkCrlfAndOnlyOwnLeads() {
        Applicant exhibitor = approved();
        Applicant other = approved();
        String sharing = UUID.randomUUID().toString();
        String notSharing = UUID.randomUUID().toString();
        String othersVisitor = UUID.randomUUID().toString();
        RegistrationStub.sharesContact(registration, sharing, CONTACT);
        RegistrationStub.sharesNoContact(registration, notSharing);
        RegistrationStub.sharesNoContact(registration, othersVisitor);
        scan(exhibitor, TestBadges.badge(sharing), 5, "Said \"call me\", then left").then().statusCode(201);
        scan(exhibitor, TestBadges.badge(notSharing), 1, "=HYPERLINK(\"http://evil.example\")").then().statusCode(201);
        scan(other, TestBadges.badge(othersVisitor), 4, null).then().statusCode(201);
        leadOnceContactAnswered(exhibitor, sharing);
        leadOnceContactAnswered(exhibitor, notSharing);

        byte[] csv = given().header("Authorization", exhibitor.bearer()).get("/api/exhibitors/" + exhibitor.id() + "/leads.csv")
                .then().statusCode(200).contentType(Matchers.startsWith("text/csv"))
                .header("Content-Disposition", Matchers.containsString("leads.csv"))
                .extract().asByteArray();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain(othersVisitor);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("registration_id,category,first_scanned_at");
        assertThat(lines[1]).startsWith(sharing + ",VISITOR,")
                .contains(",5,\"Said \"\"call me\"\", then left\",false,李,明,LI Ming,li.ming@example.org,'+86 851 8888 1234,");
        assertThat(lines[2]).startsWith(notSharing + ",VISITOR,")
                .endsWith(",1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",false,,,,,,,,");
    }
}
