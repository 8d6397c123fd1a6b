package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class ReviewResourceTest {

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void warmUp() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    @Inject
    JWTParser jwtParser;

    private static String newBooth() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static io.restassured.response.Response approve(Applicant applicant, String booth) {
        return given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve");
    }

    @Test
    void approvalAssignsTheBoothWithAServiceTokenAndListsTheExhibitorInTheDirectory() throws Exception {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "FT");
        Applicant applicant = TestApplications.submitted();

        Instant asked = Instant.now();
        approve(applicant, booth).then().statusCode(200)
                .body("state", Matchers.equalTo("APPROVED"))
                .body("boothCode", Matchers.equalTo(booth))
                .body("pavilionCode", Matchers.equalTo("FT"))
                .body("boothAreaM2", Matchers.equalTo(18.0f));

        pavilion.verify(1, putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"))
                .withRequestBody(matchingJsonPath("$.exhibitorId", equalTo(applicant.id())))
                .withRequestBody(matchingJsonPath("$.exhibitorName", equalTo(applicant.companyName()))));
        LoggedRequest assignment = pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))).get(0);
        JsonWebToken token = jwtParser.parse(assignment.getHeader("Authorization").substring("Bearer ".length()));
        assertThat(token.getGroups()).containsExactly("service");
        assertThat(token.getIssuer()).isEqualTo("expo-suite-dev");
        // the moment this service stops waiting (its 2 s limit), so pavilion-service never assigns the booth later
        assertThat(Instant.parse(assignment.getHeader("Expo-Deadline")))
                .isAfter(asked.plusMillis(1500)).isBefore(Instant.now().plusMillis(2500));

        given().queryParam("q", applicant.companyName()).get("/api/exhibitors")
                .then().statusCode(200)
                .body("id", contains(applicant.id()))
                .body("[0].boothCode", Matchers.equalTo(booth))
                .body("[0].pavilionCode", Matchers.equalTo("FT"))
                .body("[0].contact", nullValue());

        given().header("Authorization", TestApplications.organizer())
                .get("/api/exhibitors/applications/" + applicant.id() + "/history")
                .then().statusCode(200)
                .body("action", contains("SUBMIT", "APPROVE"))
                .body("[1].actor", Matchers.equalTo("organizer@test.expo-suite.org"))
                .body("[1].fromState", Matchers.equalTo("SUBMITTED"))
                .body("[1].toState", Matchers.equalTo("APPROVED"))
                .body("[1].boothCode", Matchers.equalTo(booth))
                .body("[1].actedAt", Matchers.notNullValue());
    }

    @Test
    void boothTakenInPavilionServiceLeavesTheApplicationSubmitted() {
        String booth = newBooth();
        PavilionStub.problem(pavilion, put(urlPathEqualTo(PavilionStub.assignmentPath(booth))), 409, "booth-taken");
        Applicant applicant = TestApplications.submitted();

        approve(applicant, booth).then().statusCode(409).contentType("application/problem+json")
                .body("type", Matchers.equalTo(ExhibitorProblem.BOOTH_TAKEN.type().toString()))
                .body("boothCode", Matchers.equalTo(booth));

        given().header("Authorization", TestApplications.organizer()).get("/api/exhibitors/applications/" + applicant.id())
                .then().statusCode(200).body("state", Matchers.equalTo("SUBMITTED")).body("boothCode", nullValue());
        given().queryParam("q", applicant.companyName()).get("/api/exhibitors").then().body("size()", Matchers.equalTo(0));
        given().header("Authorization", TestApplications.organizer())
                .get("/api/exhibitors/applications/" + applicant.id() + "/history")
                .then().body("action", not(hasItem("APPROVE")));

        // The organizer picks a free booth and the same application is approved.
        String other = newBooth();
        PavilionStub.boothIsFree(pavilion, other, "DA");
        approve(applicant, other).then().statusCode(200).body("state", Matchers.equalTo("APPROVED"));
    }

    @Test
    void unknownBoothIsAnUnprocessableRequest() {
        String booth = newBooth();
        PavilionStub.problem(pavilion, put(urlPathEqualTo(PavilionStub.assignmentPath(booth))), 404, "booth-not-found");
        Applicant applicant = TestApplications.submitted();

        approve(applicant, booth).then().statusCode(422)
                .body("type", Matchers.equalTo(ExhibitorProblem.BOOTH_NOT_FOUND.type().toString()));
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");
    }

    @Test
    void rejectionNeedsAReasonAndRecordsIt() {
        Applicant applicant = TestApplications.submitted();
        String reject = "/api/exhibitors/applications/" + applicant.id() + "/reject";
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post(reject).then().statusCode(400);
        given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Booth area exhausted in the requested pavilion")).post(reject)
                .then().statusCode(200).body("state", Matchers.equalTo("REJECTED"));

        given().header("Authorization", TestApplications.organizer()).get("/api/exhibitors/applications/" + applicant.id() + "/history")
                .then().body("[1].action", Matchers.equalTo("REJECT"))
                .body("[1].reason", Matchers.equalTo("Booth area exhausted in the requested pavilion"));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me")
                .then().body("rejectionReason", Matchers.equalTo("Booth area exhausted in the requested pavilion"));
    }

    @Test
    void withdrawalOfAnApprovedExhibitorVacatesTheBooth() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DH");
        Applicant applicant = TestApplications.submitted();
        approve(applicant, booth).then().statusCode(200);

        given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/withdraw")
                .then().statusCode(200).body("state", Matchers.equalTo("WITHDRAWN")).body("boothCode", nullValue());

        pavilion.verify(1, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))
                .withQueryParam("exhibitorId", equalTo(applicant.id()))
                .withHeader("Authorization", matching("Bearer .+")));
        given().queryParam("q", applicant.companyName()).get("/api/exhibitors").then().body("size()", Matchers.equalTo(0));
    }

    @Test
    void withdrawalFailsAndKeepsTheBoothWhilePavilionServiceCannotVacateIt() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DH");
        Applicant applicant = TestApplications.submitted();
        approve(applicant, booth).then().statusCode(200);
        PavilionStub.problem(pavilion, delete(urlPathEqualTo(PavilionStub.assignmentPath(booth))), 503, "service-unavailable");

        given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/withdraw")
                .then().statusCode(503)
                .header("Retry-After", Matchers.notNullValue())
                .body("type", Matchers.equalTo(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE.type().toString()));
        given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me")
                .then().body("state", Matchers.equalTo("APPROVED")).body("boothCode", Matchers.equalTo(booth));

        pavilion.stubFor(delete(urlPathEqualTo(PavilionStub.assignmentPath(booth))).willReturn(aResponse().withStatus(204)));
        given().header("Authorization", applicant.bearer()).post("/api/exhibitors/me/withdraw")
                .then().statusCode(200).body("state", Matchers.equalTo("WITHDRAWN"));
    }

    @Test
    void concurrentApprovalsOntoTwoBoothsLeaveOneBoothAndVacateTheOther() throws Exception {
        String first = newBooth();
        String second = newBooth();
        PavilionStub.boothIsFree(pavilion, first, "DA");
        PavilionStub.boothIsFree(pavilion, second, "DA");
        // Both assignments answer slowly, so both approvals pass the state check before either commits.
        for (String booth : List.of(first, second)) {
            pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth))).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(300).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"" + booth + "\",\"pavilionCode\":\"DA\",\"areaM2\":9,\"status\":\"ASSIGNED\"}")));
        }
        Applicant applicant = TestApplications.submitted();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> approve(applicant, first).statusCode());
            var b = pool.submit(() -> approve(applicant, second).statusCode());
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }

        String kept = given().header("Authorization", applicant.bearer()).get("/api/exhibitors/me").then()
                .body("state", Matchers.equalTo("APPROVED")).extract().path("boothCode");
        String lost = kept.equals(first) ? second : first;
        pavilion.verify(1, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(lost)))
                .withQueryParam("exhibitorId", equalTo(applicant.id())));
        pavilion.verify(0, deleteRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(kept))));
    }
}
