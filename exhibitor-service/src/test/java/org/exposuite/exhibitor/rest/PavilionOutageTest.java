package org.exposuite.exhibitor.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.exposuite.exhibitor.api.ExhibitorProblem;
import org.exposuite.exhibitor.rest.TestApplications.Applicant;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configuration: timeout 2 s; test profile: circuit opens at 50 % failures of the last 4 calls, stays open 2 s. */
@QuarkusTest
@WithTestResource(value = PavilionStub.class, scope = TestResourceScope.GLOBAL)
class PavilionOutageTest {

    private static final Logger LOG = Logger.getLogger(PavilionOutageTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CIRCUIT_DELAY = Duration.ofSeconds(2);
    private static final int REQUEST_VOLUME_THRESHOLD = 4;

    @PavilionStub.Inject
    WireMockServer pavilion;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** Each test starts, and leaves the others, with a closed circuit. */
    @BeforeEach
    void closeCircuits() {
        TestApplications.warmUpPavilionCalls(pavilion, circuitBreakers);
    }

    @AfterEach
    void leaveCircuitsClosed() {
        circuitBreakers.resetAll();
    }

    private record Timed(Response response, Duration took) {
    }

    private static Timed approve(Applicant applicant, String booth) {
        long started = System.nanoTime();
        Response response = given().header("Authorization", TestApplications.organizer()).contentType(ContentType.JSON)
                .body(Map.of("boothCode", booth)).post("/api/exhibitors/applications/" + applicant.id() + "/approve");
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private void hangs(String booth) {
        pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth)))
                .willReturn(aResponse().withStatus(200).withFixedDelay((int) TIMEOUT.toMillis() * 4)));
    }

    private int assignmentRequests(String booth) {
        return pavilion.findAll(putRequestedFor(urlPathEqualTo(PavilionStub.assignmentPath(booth)))).size();
    }

    private static String newBooth() {
        return "O-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hangingPavilionServiceFailsTheApprovalWithinTheTimeoutAndChangesNothing() {
        String booth = newBooth();
        hangs(booth);
        Applicant applicant = TestApplications.submitted();

        Timed attempt = approve(applicant, booth);

        LOG.infof("approval against a hanging pavilion-service answered %d after %d ms", attempt.response().statusCode(),
                attempt.took().toMillis());
        attempt.response().then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(ExhibitorProblem.PAVILION_SERVICE_UNAVAILABLE.type().toString()));
        assertThat(attempt.took()).isLessThan(TIMEOUT.plusSeconds(1));
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");
        assertThat(assignmentRequests(booth)).as("a timeout is not retried").isEqualTo(1);
    }

    @Test
    void repeatedFailuresOpenTheCircuitThenARetrySucceedsOncePavilionServiceIsBack() throws Exception {
        String booth = newBooth();
        hangs(booth);
        Applicant applicant = TestApplications.submitted();

        int slowFailures = 0;
        Timed failedFast = null;
        for (int attempt = 0; attempt < REQUEST_VOLUME_THRESHOLD + 2 && failedFast == null; attempt++) {
            int requestsBefore = assignmentRequests(booth);
            Timed result = approve(applicant, booth);
            result.response().then().statusCode(503);
            if (result.took().compareTo(TIMEOUT.dividedBy(2)) < 0) {
                failedFast = result;
                assertThat(assignmentRequests(booth)).as("an open circuit does not call pavilion-service").isEqualTo(requestsBefore);
            } else {
                slowFailures++;
            }
        }

        LOG.infof("circuit opened after %d timeouts; the next approval failed in %d ms", slowFailures,
                failedFast == null ? -1 : failedFast.took().toMillis());
        assertThat(failedFast).as("the circuit opened").isNotNull();
        assertThat(slowFailures).isEqualTo(REQUEST_VOLUME_THRESHOLD);
        assertThat(failedFast.took()).isLessThan(TIMEOUT.dividedBy(4));
        assertThat(assignmentRequests(booth)).isEqualTo(slowFailures);
        failedFast.response().then().body("detail", org.hamcrest.Matchers.containsString("recover"));
        assertThat(TestApplications.stateOf(applicant)).isEqualTo("SUBMITTED");

        // pavilion-service is back; after the circuit's delay the same approval succeeds.
        PavilionStub.boothIsFree(pavilion, booth, "INTL");
        Thread.sleep(CIRCUIT_DELAY.plusMillis(300).toMillis());
        approve(applicant, booth).response().then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("boothCode", equalTo(booth)).body("pavilionCode", equalTo("INTL"));
        given().queryParam("q", applicant.companyName()).get("/api/exhibitors")
                .then().body("[0].pavilionCode", equalTo("INTL"));
    }

    @Test
    void aLostConnectionIsRetriedOnceBecauseAssigningIsIdempotent() {
        String booth = newBooth();
        PavilionStub.boothIsFree(pavilion, booth, "DE");
        pavilion.stubFor(put(urlPathEqualTo(PavilionStub.assignmentPath(booth))).inScenario(booth)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset once")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Applicant applicant = TestApplications.submitted();

        approve(applicant, booth).response().then().statusCode(200).body("state", equalTo("APPROVED"));
        assertThat(assignmentRequests(booth)).isEqualTo(2);
    }
}
